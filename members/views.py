def dashboard(request):
    raise NotImplementedError


edit_profile = my_data = export_data = delete_account = profile_detail = dashboard
