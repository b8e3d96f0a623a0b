"""Demo people for the mentorship section: council members, volunteer mentors, and what
members and mentors wrote to each other over a year of mentoring.

Everyone here is fictional: names, careers, biographies, messages, check-ins and feedback are
invented for the demo, and any resemblance to a real person is a coincidence. Schools and
institutions are real, named only so the profiles read like real ones. No email addresses or
phone numbers appear here.
"""

# Council seats, per council: (name, credentials, affiliation, role, term).
# ``role`` is one of "chair", "vice_chair", "secretary", "member" or "staff_liaison".
# ``term`` is (start_offset, end_offset) in years from the current year: the term runs from
# July 1 of (this year + start_offset) to June 30 of (this year + end_offset). An end_offset of
# None means no fixed end. Current members come first, then past members whose terms have ended.
# Current terms start at least a year back and end at least a year ahead, so they are current
# whatever the month.
COUNCIL_MEMBERS = {
    "national-alumni-council": [
        # Current members.
        (
            "Gloria Benavides",
            "MD, MPH",
            "UT Health San Antonio, San Antonio, TX",
            "chair",
            (-2, 1),
        ),
        (
            "Harold Nez",
            "MD",
            "Northern Navajo Medical Center, Shiprock, NM",
            "vice_chair",
            (-1, 2),
        ),
        (
            "Patrice Dunmore",
            "DDS",
            "Meharry Medical College School of Dentistry, Nashville, TN",
            "secretary",
            (-1, 2),
        ),
        ("Anthony Kealoha", "MD", "The Queen’s Medical Center, Honolulu, HI", "member", (-1, 2)),
        ("Yvette Charles", "RN, MSN", "Jackson Health System, Miami, FL", "member", (-2, 1)),
        ("Helen Vuong", "PharmD", "Kaiser Permanente, Oakland, CA", "member", (-1, 2)),
        ("Reginald Fairley", "MD", "Henry Ford Health, Detroit, MI", "member", (-2, 1)),
        ("Elena Cordero", "DO", "Cook County Health, Chicago, IL", "member", (-1, 2)),
        ("Abdi Warsame", "MD, MPH", "Hennepin Healthcare, Minneapolis, MN", "member", (-4, 2)),
        ("Tiffany Ogunleye", "MPA", "National Medical Fellowships", "staff_liaison", (-3, None)),
        # Past members.
        ("Teresa Acosta", "RN, PhD", "UTHealth Houston, Houston, TX", "chair", (-7, -1)),
        ("Clarence Mayfield", "MD", "Grady Health System, Atlanta, GA", "member", (-5, -2)),
        (
            "Naomi Cornsilk",
            "PA-C",
            "Cherokee Nation W.W. Hastings Hospital, Tahlequah, OK",
            "member",
            (-4, -1),
        ),
        ("Dennis Huang", "DDS", "NYU College of Dentistry, New York, NY", "secretary", (-4, -1)),
    ],
    "young-leaders-council": [
        # Current members.
        (
            "Brianna Adebayo",
            "MD",
            "Children’s Hospital of Philadelphia, Philadelphia, PA",
            "chair",
            (-3, 1),
        ),
        (
            "Diego Fuentes",
            "MD candidate",
            "University of Texas Rio Grande Valley School of Medicine, Edinburg, TX",
            "vice_chair",
            (-1, 1),
        ),
        (
            "Mele Faleolo",
            "PharmD",
            "Intermountain Health, Salt Lake City, UT",
            "secretary",
            (-1, 1),
        ),
        ("Jaylen Mathis", "DO", "Hurley Medical Center, Flint, MI", "member", (-1, 1)),
        ("Minh Hoang", "RN, BSN", "Houston Methodist Hospital, Houston, TX", "member", (-1, 1)),
        (
            "Kiona Begaye",
            "MD candidate",
            "University of Arizona College of Medicine – Tucson, Tucson, AZ",
            "member",
            (-1, 1),
        ),
        (
            "Zainab Sesay",
            "MPH candidate",
            "Johns Hopkins Bloomberg School of Public Health, Baltimore, MD",
            "member",
            (-1, 1),
        ),
        (
            "Emmanuel Desir",
            "DDS",
            "Howard University College of Dentistry, Washington, DC",
            "member",
            (-3, 1),
        ),
        ("Camila Arroyo", "PA-C", "Denver Health, Denver, CO", "member", (-1, 1)),
        ("Jordan Ikeda", "MPH", "National Medical Fellowships", "staff_liaison", (-2, None)),
        # Past members.
        ("Xavier Lumpkin", "MD", "Atrium Health, Charlotte, NC", "chair", (-5, -1)),
        ("Rocío Paredes", "MD", "Ponce Health Sciences University, Ponce, PR", "member", (-5, -3)),
        ("Tevita Havili", "RN", "Legacy Health, Portland, OR", "secretary", (-4, -2)),
    ],
}

# Volunteer mentors, in their own words. Each has the profile a mentor fills in, plus the
# member details the loader needs. ``full`` marks a mentor the loader gives as many demo mentees
# as their capacity, so the directory shows what a full mentor looks like. A few mentors wrote
# their profiles in Spanish, as members may.
MENTORS = [
    # --- Northeast -----------------------------------------------------------------------
    {
        "first": "Adaeze",
        "last": "Okonkwo",
        "pronouns": "she/her",
        "stage": "mid_late_career",
        "profession": "medicine",
        "school": "SUNY Downstate Health Sciences University College of Medicine",
        "graduation_year": 2006,
        "state": "NY",
        "languages": ["en", "ig"],
        "nmf_relationship": "scholar",
        "specialties": ["obstetrics-and-gynecology"],
        "headline": (
            "OB-GYN in Brooklyn who helps students and residents find their footing in a surgical "
            "specialty"
        ),
        "bio": (
            "I grew up in Houston, the daughter of Nigerian nurses, and trained at SUNY Downstate "
            "before staying in Brooklyn to practice. Most of my patients are Black and Caribbean "
            "women, and much of my work is about maternal health in a city where the gaps are "
            "wide. I enjoy helping students decide whether OB-GYN is right for them, preparing "
            "residents for boards and fellowship, and talking honestly about leading when you are "
            "the only one in the room. Expect direct feedback, a reading list if you want one, "
            "and someone who will celebrate your wins."
        ),
        "areas": ["career", "leadership", "wellness"],
        "stages": ["student", "resident", "early_career"],
        "formats": ["video", "in_person"],
        "time_commitment": "monthly",
        "capacity": 3,
        "accepting": True,
    },
    {
        "first": "Luis",
        "last": "Quiñones",
        "pronouns": "he/him",
        "stage": "early_career",
        "profession": "medicine",
        "school": "Albert Einstein College of Medicine",
        "graduation_year": 2018,
        "state": "NY",
        "languages": ["en", "es"],
        "nmf_relationship": "scholar",
        "specialties": ["infectious-disease", "internal-medicine"],
        "headline": (
            "Infectious disease physician in the Bronx; first-generation, bilingual and glad to "
            "talk about fellowship"
        ),
        "bio": (
            "My parents came to the Bronx from the Dominican Republic, and I went to medical "
            "school fifteen minutes from the apartment where I grew up. I finished my infectious "
            "disease fellowship a few years ago and now split my time between an HIV clinic and "
            "the inpatient consult service. I like helping students and residents think through "
            "internal medicine subspecialties, research that fits a clinical life, and the "
            "fellowship match. I'm happy to mentor in English or Spanish. I'll ask you what you "
            "want from our time together and hold us both to it."
        ),
        "areas": ["career", "applications", "research"],
        "stages": ["student", "resident"],
        "formats": ["video", "phone"],
        "time_commitment": "twice_monthly",
        "capacity": 3,
        "accepting": True,
    },
    {
        "first": "Nia",
        "last": "Whitfield",
        "pronouns": "she/her",
        "stage": "mid_late_career",
        "profession": "medicine",
        "school": "Boston University Chobanian & Avedisian School of Medicine",
        "graduation_year": 2001,
        "state": "MA",
        "languages": ["en"],
        "nmf_relationship": "scholar",
        "specialties": ["dermatology"],
        "headline": (
            "Dermatologist focused on skin of color; I help applicants through one of medicine's "
            "most competitive matches"
        ),
        "bio": (
            "When I applied to dermatology, I had never met a Black dermatologist. Today I run a "
            "skin-of-color clinic outside Boston and teach residents to recognize how conditions "
            "present on darker skin. I mentor students applying to dermatology and other "
            "competitive specialties: choosing research, asking for letters, building a rank list "
            "and regrouping if you don't match the first time. I also talk with early-career "
            "physicians about private practice versus academic medicine. I keep a small number of "
            "mentees so I can give each one real attention, so please be patient if I'm full."
        ),
        "areas": ["applications", "career", "practice"],
        "stages": ["student", "resident"],
        "formats": ["video"],
        "time_commitment": "monthly",
        "capacity": 2,
        "accepting": True,
        "full": True,
    },
    {
        "first": "Vy",
        "last": "Tran",
        "pronouns": "she/her",
        "stage": "early_career",
        "profession": "pharmacy",
        "school": "Temple University School of Pharmacy",
        "graduation_year": 2019,
        "state": "PA",
        "languages": ["en", "vi"],
        "nmf_relationship": "scholar",
        "specialties": ["pharmacy"],
        "headline": (
            "Ambulatory care pharmacist in Philadelphia; ask me about residency, board "
            "certification and pharmacy careers"
        ),
        "bio": (
            "I'm the daughter of Vietnamese refugees and the first pharmacist in my family. After "
            "Temple, I completed a PGY1 residency and now work as an ambulatory care pharmacist "
            "in a primary care clinic in Philadelphia, managing diabetes and hypertension "
            "alongside physicians. I enjoy helping pharmacy students decide whether residency is "
            "right for them, prepare for the match and find paths beyond retail. Students in "
            "other professions who are curious about working with pharmacists are welcome too. I "
            "prefer video calls in the evening, and I always send a short summary after we talk."
        ),
        "areas": ["career", "applications"],
        "stages": ["pre_health", "student", "resident"],
        "formats": ["video"],
        "time_commitment": "monthly",
        "capacity": 3,
        "accepting": True,
    },
    {
        "first": "Rashad",
        "last": "Coleman",
        "pronouns": "he/him",
        "stage": "resident",
        "profession": "medicine",
        "school": "Howard University College of Medicine",
        "graduation_year": 2023,
        "state": "PA",
        "languages": ["en"],
        "nmf_relationship": "scholar",
        "specialties": ["emergency-medicine"],
        "headline": (
            "Third-year emergency medicine resident who remembers how confusing the road to "
            "medical school was"
        ),
        "bio": (
            "I'm a PGY-3 in emergency medicine in Philadelphia. I went to Howard for medical "
            "school after two gap years working as an ED scribe, which taught me more about "
            "emergency medicine than any class. I mentor pre-health and medical students, "
            "especially those who are the first in their families to go down this road. We can "
            "talk about MCAT planning, gap years, away rotations and the emergency medicine "
            "match. My schedule changes every block, so I'm best by video or phone with a little "
            "notice, but I always answer."
        ),
        "areas": ["applications", "career"],
        "stages": ["pre_health", "student"],
        "formats": ["video", "phone"],
        "time_commitment": "monthly",
        "capacity": 2,
        "accepting": True,
    },
    {
        "first": "Marisol",
        "last": "Ventura",
        "pronouns": "she/her",
        "stage": "mid_late_career",
        "profession": "nursing",
        "school": "Columbia University School of Nursing",
        "graduation_year": 1997,
        "state": "NJ",
        "languages": ["en", "es"],
        "nmf_relationship": "scholar",
        "specialties": ["nursing"],
        "headline": (
            "Chief nursing officer and former ICU nurse; I mentor nurses who are ready to lead"
        ),
        "bio": (
            "I started as an ICU nurse in Newark and never planned to be an executive, but I kept "
            "saying yes to the next problem that needed solving. Today I'm the chief nursing "
            "officer of a community hospital in New Jersey. I mentor nurses who are moving into "
            "charge, management or executive roles, and those weighing graduate school. I'm glad "
            "to talk about budgets, difficult conversations, advanced degrees and protecting your "
            "time off. I mentor in English and Spanish and can meet in person in northern New "
            "Jersey."
        ),
        "areas": ["leadership", "career", "work_life"],
        "stages": ["early_career", "mid_late_career"],
        "formats": ["video", "in_person"],
        "time_commitment": "monthly",
        "capacity": 3,
        "accepting": True,
    },
    {
        "first": "Kofi",
        "last": "Boateng",
        "pronouns": "he/him",
        "stage": "mid_late_career",
        "profession": "dentistry",
        "school": "Howard University College of Dentistry",
        "graduation_year": 1994,
        "state": "CT",
        "languages": ["en"],
        "nmf_relationship": "unsure",
        "specialties": ["dentistry"],
        "headline": (
            "General dentist and practice owner for 25 years; happy to talk about buying, "
            "building or joining a practice"
        ),
        "bio": (
            "I own a general dental practice in Hartford that I bought from my own mentor and "
            "have grown to four dentists. I only recently learned that an NMF scholarship may "
            "have been part of my aid package at Howard, and I wanted to give something back. I "
            "mentor dental students and new dentists on associateships, practice ownership, "
            "loans, hiring and how to serve Medicaid patients and still keep the lights on. I'm "
            "practical, and I'll share real numbers from my own experience."
        ),
        "areas": ["practice", "finances", "career"],
        "stages": ["student", "early_career"],
        "formats": ["phone", "video", "in_person"],
        "time_commitment": "monthly",
        "capacity": 3,
        "accepting": True,
    },
    {
        "first": "Esther",
        "last": "Cho",
        "pronouns": "she/her",
        "stage": "early_career",
        "profession": "medicine",
        "school": "Icahn School of Medicine at Mount Sinai",
        "graduation_year": 2020,
        "state": "NY",
        "languages": ["en", "ko"],
        "nmf_relationship": "participant",
        "specialties": ["psychiatry"],
        "headline": (
            "Psychiatrist in Queens who talks openly about burnout, wellness and being a child of "
            "immigrants in medicine"
        ),
        "bio": (
            "I'm a Korean American psychiatrist practicing in Queens, where I see many immigrant "
            "families. I took part in an NMF program during medical school and still remember how "
            "much it helped to be in a room of people who understood. I mentor students and "
            "residents who are interested in psychiatry, and anyone who wants to talk about "
            "wellness, impostor feelings and family expectations. I'm not your therapist, but I "
            "can help you think through what you need and where to find it. I take one mentee at "
            "a time."
        ),
        "areas": ["wellness", "career", "work_life"],
        "stages": ["student", "resident"],
        "formats": ["video"],
        "time_commitment": "twice_monthly",
        "capacity": 1,
        "accepting": True,
        "full": True,
    },
    {
        "first": "Jean-Robert",
        "last": "Célestin",
        "pronouns": "he/him",
        "stage": "mid_late_career",
        "profession": "medicine",
        "school": "University of Massachusetts T.H. Chan School of Medicine",
        "graduation_year": 2009,
        "state": "MA",
        "languages": ["en", "ht", "fr"],
        "nmf_relationship": "scholar",
        "specialties": ["family-medicine"],
        "headline": (
            "Family physician at a community health center caring for Haitian and Cape Verdean "
            "families"
        ),
        "bio": (
            "I was born in Port-au-Prince and came to Massachusetts at fourteen. After medical "
            "school at UMass, I joined a community health center in Brockton, where I see "
            "patients from newborns to great-grandparents, often in Haitian Creole. I love "
            "helping students who are considering primary care, residents looking at community "
            "health center jobs, and anyone navigating loan repayment programs such as the "
            "National Health Service Corps. I'm also glad to talk about building a life around "
            "your values when everyone tells you to specialize. I mentor in English, Haitian "
            "Creole or French."
        ),
        "areas": ["career", "finances", "practice"],
        "stages": ["student", "resident", "early_career"],
        "formats": ["video", "phone", "in_person"],
        "time_commitment": "monthly",
        "capacity": 3,
        "accepting": True,
    },
    # --- Midwest -------------------------------------------------------------------------
    {
        "first": "Keisha",
        "last": "Monroe",
        "pronouns": "she/her",
        "stage": "mid_late_career",
        "profession": "medicine",
        "school": "Wayne State University School of Medicine",
        "graduation_year": 1992,
        "state": "MI",
        "languages": ["en", "ase"],
        "nmf_relationship": "scholar",
        "specialties": ["pediatrics"],
        "headline": (
            "Detroit pediatrician and former residency program director; hearing child of Deaf "
            "parents, fluent in ASL"
        ),
        "bio": (
            "I grew up in Detroit as the hearing child of Deaf parents, so ASL was my first "
            "language and advocacy was my first job. I have practiced pediatrics in the city for "
            "three decades and spent eight years as a residency program director. I mentor "
            "residents and physicians who are stepping into leadership, considering program "
            "leadership, or trying to balance clinical work with caring for family. I'm not "
            "taking new mentees this year while I finish a big project, but I hope to open up "
            "again soon."
        ),
        "areas": ["leadership", "career", "work_life"],
        "stages": ["resident", "early_career", "mid_late_career"],
        "formats": ["video", "phone"],
        "time_commitment": "quarterly",
        "capacity": 2,
        "accepting": False,
    },
    {
        "first": "Omar",
        "last": "Farah",
        "pronouns": "he/him",
        "stage": "early_career",
        "profession": "medicine",
        "school": "University of Minnesota Medical School",
        "graduation_year": 2017,
        "state": "MN",
        "languages": ["en", "so", "ar"],
        "nmf_relationship": "scholar",
        "specialties": ["nephrology", "internal-medicine"],
        "headline": (
            "Somali American nephrologist in Minneapolis; research, fellowship applications and "
            "equity in kidney care"
        ),
        "bio": (
            "I came to Minnesota as a child and grew up in the Cedar-Riverside neighborhood of "
            "Minneapolis. After medical school at the University of Minnesota and a nephrology "
            "fellowship, I now care for patients on dialysis and study why Black and East African "
            "patients wait longer for kidney transplants. I enjoy mentoring students and "
            "residents who want research to be part of their careers: finding a project, writing "
            "a first abstract and applying for fellowship. I can also mentor in Somali or Arabic. "
            "I'll ask what you want to learn, then help you make a plan."
        ),
        "areas": ["research", "applications", "career"],
        "stages": ["student", "resident"],
        "formats": ["video"],
        "time_commitment": "monthly",
        "capacity": 3,
        "accepting": True,
    },
    {
        "first": "Alejandra",
        "last": "Soto",
        "pronouns": "she/her",
        "stage": "resident",
        "profession": "medicine",
        "school": "University of Illinois College of Medicine",
        "graduation_year": 2024,
        "state": "IL",
        "languages": ["en", "es"],
        "nmf_relationship": "scholar",
        "specialties": ["neurology"],
        "headline": (
            "Neurology resident in Chicago; ask me about research, pass/fail Step 1 and applying "
            "as a first-gen student"
        ),
        "bio": (
            "I'm a second-year neurology resident in Chicago. My parents are from Michoacán, and "
            "I was the first in my family to finish college, so I learned the path to medicine "
            "one question at a time. I love helping pre-health and medical students with the "
            "parts nobody explains: how to find research, what a pass/fail Step 1 means for your "
            "application, and how to apply to neurology without a home program. I mentor in "
            "English or Spanish, and I'm happy to read a personal statement draft."
        ),
        "areas": ["applications", "research"],
        "stages": ["pre_health", "student"],
        "formats": ["video"],
        "time_commitment": "monthly",
        "capacity": 2,
        "accepting": True,
    },
    {
        "first": "Winona",
        "last": "LaPointe",
        "pronouns": "she/her",
        "stage": "mid_late_career",
        "profession": "medicine",
        "school": "University of North Dakota School of Medicine & Health Sciences",
        "graduation_year": 2004,
        "state": "ND",
        "languages": ["en"],
        "nmf_relationship": "scholar",
        "specialties": ["family-medicine", "addiction-medicine"],
        "headline": (
            "Ojibwe family physician treating addiction in rural and tribal communities in North "
            "Dakota"
        ),
        "bio": (
            "I'm an enrolled member of the Turtle Mountain Band of Chippewa and a graduate of "
            "UND's Indians Into Medicine program. I practice family medicine and addiction "
            "medicine in rural North Dakota, with a lot of buprenorphine treatment and a lot of "
            "driving. I mentor Native students and clinicians, and anyone interested in rural "
            "practice or addiction care. We can talk about board certification in addiction "
            "medicine, working with tribal health systems and staying connected to home while you "
            "train. I prefer phone calls; the internet out here isn't always reliable."
        ),
        "areas": ["career", "practice", "wellness"],
        "stages": ["student", "resident", "early_career"],
        "formats": ["phone", "video"],
        "time_commitment": "monthly",
        "capacity": 3,
        "accepting": True,
    },
    {
        "first": "Darnell",
        "last": "Hughes",
        "pronouns": "he/him",
        "stage": "mid_late_career",
        "profession": "medicine",
        "school": "The Ohio State University College of Medicine",
        "graduation_year": 1999,
        "state": "OH",
        "languages": ["en"],
        "nmf_relationship": "scholar",
        "specialties": ["orthopaedic-surgery"],
        "headline": (
            "Orthopaedic surgeon in Columbus helping Black students break into a specialty where "
            "we are still rare"
        ),
        "bio": (
            "I tore my ACL playing high school football and met the surgeon who made me want to "
            "do this work. I've been an orthopaedic surgeon in Columbus for over twenty years, "
            "focusing on sports medicine and joint replacement. Orthopaedics is still one of the "
            "least diverse specialties, and I spend much of my mentoring time helping students "
            "find research, away rotations and honest letters. I'm also glad to talk with "
            "residents about choosing a fellowship and negotiating a first contract. I'm full "
            "right now and not accepting new mentees."
        ),
        "areas": ["applications", "career", "practice"],
        "stages": ["student", "resident"],
        "formats": ["video", "in_person"],
        "time_commitment": "quarterly",
        "capacity": 2,
        "accepting": False,
    },
    {
        "first": "Fatima",
        "last": "Siddiqui",
        "pronouns": "she/her",
        "stage": "early_career",
        "profession": "pharmacy",
        "school": "University of Illinois Chicago College of Pharmacy",
        "graduation_year": 2016,
        "state": "IL",
        "languages": ["en", "bn"],
        "nmf_relationship": "participant",
        "specialties": ["pharmacy", "hematology-and-oncology"],
        "headline": (
            "Oncology pharmacist in Chicago and mom of three; specialty residencies and keeping "
            "your career moving"
        ),
        "bio": (
            "I'm an oncology pharmacist at an academic cancer center in Chicago, where I help "
            "build chemotherapy plans and teach pharmacy residents. My parents came from Dhaka "
            "and run a grocery store on Devon Avenue, and I still help out on weekends. I mentor "
            "pharmacy students and new pharmacists on specialty residencies, board certification "
            "and how to keep your career moving while raising young kids. I also love talking "
            "with students from other professions about what clinical pharmacists actually do. "
            "Evenings after bedtime work best for me."
        ),
        "areas": ["career", "work_life", "applications"],
        "stages": ["student", "resident", "early_career"],
        "formats": ["video"],
        "time_commitment": "monthly",
        "capacity": 2,
        "accepting": True,
    },
    {
        "first": "Gabriel",
        "last": "Mendoza-Ruiz",
        "pronouns": "he/him",
        "stage": "early_career",
        "profession": "medicine",
        "school": "Washington University School of Medicine in St. Louis",
        "graduation_year": 2019,
        "state": "MO",
        "languages": ["en", "es"],
        "nmf_relationship": "scholar",
        "specialties": ["anesthesiology"],
        "headline": (
            "Anesthesiologist in St. Louis who loves explaining the OR, the match and managing "
            "loans on a resident salary"
        ),
        "bio": (
            "I'm a Mexican American anesthesiologist from El Paso, now in St. Louis, where I "
            "trained. I came into medicine with a lot of debt and a lot of questions about money, "
            "so during residency I taught myself about income-driven repayment and Public Service "
            "Loan Forgiveness, and I'm happy to share what I learned. I also mentor students "
            "interested in anesthesiology and residents preparing for their first job search. I "
            "mentor in English and Spanish. Bring your questions, however basic they seem."
        ),
        "areas": ["finances", "applications", "career"],
        "stages": ["student", "resident"],
        "formats": ["video", "phone"],
        "time_commitment": "twice_monthly",
        "capacity": 4,
        "accepting": True,
    },
    {
        "first": "Ayana",
        "last": "Mitchell",
        "pronouns": "she/her",
        "stage": "resident",
        "profession": "medicine",
        "school": "Indiana University School of Medicine",
        "graduation_year": 2023,
        "state": "IN",
        "languages": ["en"],
        "nmf_relationship": "scholar",
        "specialties": ["general-surgery"],
        "headline": (
            "General surgery resident in Indianapolis; honest talk about surgical training and "
            "being a Black woman in the OR"
        ),
        "bio": (
            "I'm a third-year general surgery resident in Indianapolis, hoping to go into "
            "surgical oncology. I grew up in Gary, and I'm the first doctor in my family. Surgery "
            "is demanding, and I won't pretend otherwise, but it is also the best work I can "
            "imagine. I mentor pre-health and medical students who are curious about surgery: how "
            "to shine on your clerkship, whether to take a research year, and how to find mentors "
            "who look like you. My schedule is tight, so I keep to one call a month and reply to "
            "messages on my days off."
        ),
        "areas": ["career", "applications", "wellness"],
        "stages": ["pre_health", "student"],
        "formats": ["video"],
        "time_commitment": "monthly",
        "capacity": 2,
        "accepting": True,
    },
    # --- South ---------------------------------------------------------------------------
    {
        "first": "Renée",
        "last": "Broussard",
        "pronouns": "she/her",
        "stage": "mid_late_career",
        "profession": "pharmacy",
        "school": "Xavier University of Louisiana College of Pharmacy",
        "graduation_year": 1996,
        "state": "LA",
        "languages": ["en", "fr"],
        "nmf_relationship": "scholar",
        "specialties": ["pharmacy"],
        "headline": (
            "Independent pharmacy owner in Louisiana; I mentor pharmacists who want to own, lead "
            "or serve rural towns"
        ),
        "bio": (
            "I'm a Creole pharmacist from Opelousas and a proud Xavier graduate. After ten years "
            "in hospital pharmacy, I opened an independent pharmacy in my hometown, and we now "
            "have two stores serving rural patients who would otherwise drive an hour for their "
            "medications. I mentor pharmacy students and pharmacists interested in ownership, "
            "community practice and leadership in professional associations. We can talk about "
            "business plans, payer contracts, staffing and how to keep a small business going. I "
            "speak some Louisiana French and I'm happy to use it."
        ),
        "areas": ["practice", "leadership", "finances"],
        "stages": ["student", "early_career", "mid_late_career"],
        "formats": ["phone", "video", "in_person"],
        "time_commitment": "monthly",
        "capacity": 3,
        "accepting": True,
    },
    {
        "first": "Tunde",
        "last": "Bakare",
        "pronouns": "he/him",
        "stage": "mid_late_career",
        "profession": "medicine",
        "school": "Meharry Medical College School of Medicine",
        "graduation_year": 2003,
        "state": "TN",
        "languages": ["en", "yo"],
        "nmf_relationship": "scholar",
        "specialties": ["cardiology"],
        "headline": (
            "Interventional cardiologist in Nashville mentoring residents on the road to "
            "cardiology fellowship"
        ),
        "bio": (
            "I was born in Ibadan, came to the United States for college and found my second home "
            "at Meharry. I'm now an interventional cardiologist in Nashville and still teach "
            "Meharry students every month. Most of my mentees are internal medicine residents "
            "applying to cardiology fellowship, and together we work on research, letters, "
            "interviews and the long road after. I also talk with physicians about leading "
            "quality-improvement work and, when they're ready, about how to ask for a raise. I "
            "take only two mentees at a time so I can follow through."
        ),
        "areas": ["applications", "research", "leadership"],
        "stages": ["resident", "early_career"],
        "formats": ["video", "in_person"],
        "time_commitment": "monthly",
        "capacity": 2,
        "accepting": True,
        "full": True,
    },
    {
        "first": "Yesenia",
        "last": "Garza",
        "pronouns": "she/her",
        "stage": "early_career",
        "profession": "pa",
        "school": "Baylor College of Medicine",
        "graduation_year": 2018,
        "state": "TX",
        "languages": ["en", "es"],
        "nmf_relationship": "scholar",
        "specialties": ["physician-assistant", "emergency-medicine"],
        "headline": (
            "PA en medicina de urgencias en Houston; ayudo a quienes quieren estudiar para ser "
            "asistente médico (PA)"
        ),
        "bio": (
            "Crecí en Brownsville, en la frontera, y fui la primera de mi familia en ir a la "
            "universidad. Trabajé como técnica de farmacia y luego como scribe en una clínica "
            "antes de entrar al programa de PA de Baylor. Hoy trabajo en la sala de emergencias "
            "de un hospital público de Houston. Me encanta ayudar a estudiantes que quieren ser "
            "PA: cómo juntar las horas de experiencia clínica, cómo escribir el ensayo personal y "
            "cómo prepararse para las entrevistas. Puedo darte mentoría en español o en inglés, "
            "como te resulte más cómodo."
        ),
        "areas": ["applications", "career"],
        "stages": ["pre_health", "student"],
        "formats": ["video", "phone"],
        "time_commitment": "weekly",
        "capacity": 4,
        "accepting": True,
    },
    {
        "first": "DeShawn",
        "last": "Pruitt",
        "pronouns": "he/him",
        "stage": "resident",
        "profession": "medicine",
        "school": "Morehouse School of Medicine",
        "graduation_year": 2022,
        "state": "GA",
        "languages": ["en"],
        "nmf_relationship": "scholar",
        "specialties": ["psychiatry"],
        "headline": (
            "Chief resident in psychiatry in Atlanta; mental health careers and taking care of "
            "yourself in training"
        ),
        "bio": (
            "I'm a fourth-year psychiatry resident and chief resident in Atlanta, and a Morehouse "
            "School of Medicine graduate. I chose psychiatry after watching my grandmother's "
            "depression go untreated for years because no one around her trusted the system. I "
            "mentor pre-health and medical students who are curious about psychiatry, and anyone "
            "who wants to talk about getting through training with your mental health intact. "
            "I'll share what worked for me, what didn't, and how to tell when it's time to get "
            "professional support."
        ),
        "areas": ["career", "wellness"],
        "stages": ["pre_health", "student"],
        "formats": ["video", "phone"],
        "time_commitment": "monthly",
        "capacity": 3,
        "accepting": True,
    },
    {
        "first": "Ngozi",
        "last": "Eze",
        "pronouns": "she/her",
        "stage": "mid_late_career",
        "profession": "public_health",
        "school": "Rollins School of Public Health at Emory University",
        "graduation_year": 2008,
        "state": "GA",
        "languages": ["en", "ig"],
        "nmf_relationship": "scholar",
        "specialties": ["public-health"],
        "headline": (
            "Epidemiologist and program director in Atlanta helping students and clinicians build "
            "public health careers"
        ),
        "bio": (
            "I trained as an epidemiologist at Rollins after a few years as a lab technician, and "
            "I've spent my career in state and local public health, most recently leading a "
            "chronic disease program in Georgia. I mentor students deciding between an MPH and a "
            "clinical degree, clinicians considering a dual degree or a move into public health, "
            "and early-career staff learning to manage people and grants. I enjoy reviewing CVs, "
            "practicing interviews and helping you see how your experience translates. I also "
            "speak Igbo, and I'm glad to mentor other Nigerian Americans."
        ),
        "areas": ["career", "leadership", "research"],
        "stages": ["student", "early_career", "mid_late_career"],
        "formats": ["video", "in_person"],
        "time_commitment": "monthly",
        "capacity": 4,
        "accepting": True,
    },
    {
        "first": "Héctor",
        "last": "Villarreal",
        "pronouns": "he/him",
        "stage": "mid_late_career",
        "profession": "medicine",
        "school": "University of Texas Medical Branch John Sealy School of Medicine",
        "graduation_year": 1988,
        "state": "TX",
        "languages": ["en", "es"],
        "nmf_relationship": "scholar",
        "specialties": ["gastroenterology"],
        "headline": (
            "Gastroenterólogo en San Antonio con más de treinta años de práctica privada y docencia"
        ),
        "bio": (
            "Nací en Laredo y estudié medicina en Galveston, en la UTMB. Llevo más de treinta "
            "años como gastroenterólogo en San Antonio, primero en un consultorio privado y "
            "después también en la docencia. He visto cómo ha cambiado la medicina, pero hay "
            "cosas que no cambian: el valor de hablarle al paciente en su propio idioma y de "
            "tener a alguien que te abra la puerta. Oriento a médicos jóvenes y a colegas a mitad "
            "de carrera sobre la práctica privada, el liderazgo y la planificación para la "
            "jubilación. Por ahora no estoy aceptando nuevos aprendices, pero pronto volveré a "
            "abrir espacios."
        ),
        "areas": ["practice", "leadership", "finances"],
        "stages": ["early_career", "mid_late_career"],
        "formats": ["phone", "in_person"],
        "time_commitment": "quarterly",
        "capacity": 2,
        "accepting": False,
    },
    {
        "first": "Simone",
        "last": "Ashford",
        "pronouns": "she/her",
        "stage": "early_career",
        "profession": "pa",
        "school": "Duke University School of Medicine",
        "graduation_year": 2016,
        "state": "NC",
        "languages": ["en"],
        "nmf_relationship": "scholar",
        "specialties": ["physician-assistant", "cardiology"],
        "headline": (
            "Cardiology PA in Durham and clinical preceptor; PA school, specialty practice and "
            "negotiating your pay"
        ),
        "bio": (
            "I've been a physician assistant in cardiology for almost ten years, first in a heart "
            "failure clinic and now in electrophysiology, and I precept PA students every spring. "
            "Before PA school at Duke I worked as an EMT, which is still how I explain patient "
            "care hours to applicants. I mentor pre-PA and PA students and new graduates: "
            "choosing a specialty, deciding whether a postgraduate program is worth it, and "
            "negotiating your first salary, which nobody teaches you. I reply quickly and like to "
            "meet by video every few weeks."
        ),
        "areas": ["career", "applications", "finances"],
        "stages": ["pre_health", "student", "early_career"],
        "formats": ["video"],
        "time_commitment": "twice_monthly",
        "capacity": 3,
        "accepting": True,
    },
    {
        "first": "Jasmine",
        "last": "Toussaint",
        "pronouns": "she/her",
        "stage": "early_career",
        "profession": "nursing",
        "school": "Florida A&M University School of Nursing",
        "graduation_year": 2017,
        "state": "FL",
        "languages": ["en", "ht", "fr"],
        "nmf_relationship": "scholar",
        "specialties": ["nursing"],
        "headline": (
            "Haitian American nurse educator in Miami; your first nursing job, going back to "
            "school and staying well"
        ),
        "bio": (
            "I'm a Haitian American nurse in Miami. After my BSN at FAMU, I spent five years on a "
            "cardiac step-down unit, and I now work as a clinical nurse educator, helping new "
            "graduates through their first year. I'm also finishing my MSN while working full "
            "time, so I know that juggle. I mentor nursing students and new nurses on landing a "
            "residency program, surviving night shift and deciding when and how to go back to "
            "school. I care about nurses of color staying in the profession, so I'm happy to talk "
            "about hard workplaces too. I mentor in English, Haitian Creole or French."
        ),
        "areas": ["career", "wellness", "work_life"],
        "stages": ["student", "early_career"],
        "formats": ["video", "phone"],
        "time_commitment": "twice_monthly",
        "capacity": 3,
        "accepting": True,
    },
    {
        "first": "Andrés",
        "last": "Castellanos",
        "pronouns": "he/him",
        "stage": "mid_late_career",
        "profession": "dentistry",
        "school": "University of Florida College of Dentistry",
        "graduation_year": 2011,
        "state": "FL",
        "languages": ["en", "es", "pt"],
        "nmf_relationship": "participant",
        "specialties": ["dentistry", "pediatrics"],
        "headline": (
            "Pediatric dentist in Orlando; dental residency applications and building a practice "
            "for Medicaid families"
        ),
        "bio": (
            "I was born in Medellín, moved to Orlando at ten, and learned Portuguese from my "
            "Brazilian wife and many of my patients. I'm a pediatric dentist and run a practice "
            "where most families use Medicaid. During dental school I took part in an NMF program "
            "that introduced me to mentors who looked like me. I help dental students decide "
            "between general practice and a specialty residency, prepare pediatric dentistry "
            "applications and think about practice ownership. I can mentor in English, Spanish or "
            "Portuguese, and I'm happy to meet in person in central Florida."
        ),
        "areas": ["applications", "practice", "career"],
        "stages": ["student", "resident", "early_career"],
        "formats": ["video", "in_person"],
        "time_commitment": "monthly",
        "capacity": 3,
        "accepting": True,
    },
    {
        "first": "Linh",
        "last": "Pham",
        "pronouns": "they/them",
        "stage": "resident",
        "profession": "pharmacy",
        "school": "Texas Southern University College of Pharmacy and Health Sciences",
        "graduation_year": 2024,
        "state": "TX",
        "languages": ["en", "vi"],
        "nmf_relationship": "scholar",
        "specialties": ["pharmacy", "infectious-disease"],
        "headline": (
            "PGY2 infectious diseases pharmacy resident in Houston; pharmacy school and residency "
            "applications"
        ),
        "bio": (
            "I'm a PGY2 infectious diseases pharmacy resident in Houston and a proud graduate of "
            "Texas Southern. My family runs a nail salon in Alief, and I worked there all through "
            "pharmacy school. I didn't know residency was an option until my third year, so now I "
            "try to tell students early. I mentor pre-pharmacy and pharmacy students on getting "
            "into pharmacy school, building a CV, and preparing for the residency match and "
            "interviews. I'm also glad to mentor in Vietnamese if your family wants to join the "
            "conversation."
        ),
        "areas": ["applications", "career"],
        "stages": ["pre_health", "student"],
        "formats": ["video"],
        "time_commitment": "monthly",
        "capacity": 2,
        "accepting": True,
    },
    {
        "first": "Terrence",
        "last": "Holloway",
        "pronouns": "he/him",
        "stage": "mid_late_career",
        "profession": "medicine",
        "school": "University of Mississippi School of Medicine",
        "graduation_year": 1990,
        "state": "MS",
        "languages": ["en"],
        "nmf_relationship": "unsure",
        "specialties": ["internal-medicine", "geriatrics"],
        "headline": (
            "Internist and geriatrician in Jackson with 30 years in practice; leadership, "
            "succession and retirement"
        ),
        "bio": (
            "I've practiced internal medicine and geriatrics in Jackson, Mississippi, since "
            "finishing residency, and for many years I was one of very few Black internists in "
            "the state. I'm not certain whether NMF supported me, though I've long suspected that "
            "a scholarship I received in medical school came from them. These days I most enjoy "
            "helping mid-career physicians think about leadership, succession and retirement, and "
            "showing younger doctors that a career in the South can be rich and rewarding. I'm a "
            "phone person and an old-fashioned listener."
        ),
        "areas": ["practice", "leadership", "finances"],
        "stages": ["resident", "early_career", "mid_late_career"],
        "formats": ["phone"],
        "time_commitment": "quarterly",
        "capacity": 3,
        "accepting": True,
    },
    {
        "first": "Kiana",
        "last": "Lockhart",
        "pronouns": "she/her",
        "stage": "early_career",
        "profession": "medicine",
        "school": "Howard University College of Medicine",
        "graduation_year": 2017,
        "state": "DC",
        "languages": ["en"],
        "nmf_relationship": "scholar",
        "specialties": ["hematology-and-oncology"],
        "headline": (
            "Hematologist-oncologist in Washington, DC, caring for adults with sickle cell "
            "disease; research mentor"
        ),
        "bio": (
            "I'm a hematologist-oncologist in Washington, DC, where much of my clinic is adults "
            "with sickle cell disease, many of whom have spent years being dismissed in emergency "
            "rooms. I went to Howard for medical school and came back to DC after fellowship. I "
            "mentor students and residents considering hematology-oncology, anyone interested in "
            "clinical trials and health equity research, and women of color starting academic "
            "careers. I'm organized: I'll send an agenda before we meet and notes afterward."
        ),
        "areas": ["research", "career", "applications"],
        "stages": ["student", "resident", "early_career"],
        "formats": ["video"],
        "time_commitment": "monthly",
        "capacity": 3,
        "accepting": True,
    },
    {
        "first": "Samira",
        "last": "Haile",
        "pronouns": "she/her",
        "stage": "mid_late_career",
        "profession": "public_health",
        "school": "Johns Hopkins Bloomberg School of Public Health",
        "graduation_year": 2012,
        "state": "MD",
        "languages": ["en", "am"],
        "nmf_relationship": "scholar",
        "specialties": ["public-health"],
        "headline": (
            "Health policy researcher in Baltimore; I help clinicians turn what they see in "
            "clinic into policy change"
        ),
        "bio": (
            "My family is from Addis Ababa, and I grew up in Silver Spring. After my DrPH at "
            "Johns Hopkins, I stayed in Baltimore, and I now lead a policy research team that "
            "studies Medicaid and access to care. I mentor clinicians and students who want to "
            "add research or policy to their careers: framing a question, finding data, writing "
            "for decision makers and testifying at a hearing without panicking. I'm on sabbatical "
            "this year and not accepting new mentees, but I'll be back."
        ),
        "areas": ["research", "leadership", "career"],
        "stages": ["student", "early_career", "mid_late_career"],
        "formats": ["video"],
        "time_commitment": "monthly",
        "capacity": 2,
        "accepting": False,
    },
    # --- West ----------------------------------------------------------------------------
    {
        "first": "Keoni",
        "last": "Palakiko",
        "pronouns": "he/him",
        "stage": "early_career",
        "profession": "medicine",
        "school": "University of Hawaiʻi John A. Burns School of Medicine",
        "graduation_year": 2019,
        "state": "HI",
        "languages": ["en"],
        "nmf_relationship": "scholar",
        "specialties": ["pulmonary-and-critical-care"],
        "headline": (
            "Native Hawaiian pulmonary and critical care physician in Honolulu; fellowship and "
            "coming home to serve"
        ),
        "bio": (
            "I'm Native Hawaiian, raised in Waiʻanae, and I always knew I wanted to come home to "
            "practice. After medical school at JABSOM, I trained on the mainland and returned to "
            "Honolulu last year as a pulmonary and critical care physician. I mentor students and "
            "residents from Hawaiʻi and the Pacific who are thinking about critical care, or "
            "about training far from home and finding their way back. We can also talk about how "
            "ICU work affects you and how to recover between weeks on service. I keep one mentee "
            "at a time."
        ),
        "areas": ["career", "applications", "wellness"],
        "stages": ["student", "resident"],
        "formats": ["video", "phone"],
        "time_commitment": "monthly",
        "capacity": 1,
        "accepting": True,
        "full": True,
    },
    {
        "first": "Shandiin",
        "last": "Tsosie",
        "pronouns": "she/her",
        "stage": "early_career",
        "profession": "medicine",
        "school": "University of New Mexico School of Medicine",
        "graduation_year": 2020,
        "state": "NM",
        "languages": ["en", "nv"],
        "nmf_relationship": "scholar",
        "specialties": ["pediatrics"],
        "headline": (
            "Diné pediatrician in Gallup; I mentor Native students and anyone drawn to Indian "
            "Health Service careers"
        ),
        "bio": (
            "Yá'át'ééh. I'm Diné, from Chinle, and I practice pediatrics in Gallup, New Mexico, "
            "caring for many children from the Navajo Nation. I went to medical school at UNM and "
            "did my residency in Albuquerque. I mentor Native students at every stage, and anyone "
            "thinking about working with the Indian Health Service or tribal health programs, "
            "including the loan repayment options that come with them. I also talk about being "
            "far from family during training and bringing your culture into your practice. I'm "
            "glad to mentor in Navajo or English."
        ),
        "areas": ["career", "finances", "wellness"],
        "stages": ["pre_health", "student", "resident"],
        "formats": ["video", "phone", "in_person"],
        "time_commitment": "monthly",
        "capacity": 3,
        "accepting": True,
    },
    {
        "first": "Ricardo",
        "last": "Ibarra",
        "pronouns": "he/him",
        "stage": "mid_late_career",
        "profession": "medicine",
        "school": "David Geffen School of Medicine at UCLA",
        "graduation_year": 1995,
        "state": "CA",
        "languages": ["en", "es"],
        "nmf_relationship": "scholar",
        "specialties": ["ophthalmology"],
        "headline": (
            "Ophthalmologist in East Los Angeles with 25 years in private practice; the business "
            "side of medicine"
        ),
        "bio": (
            "I grew up in Boyle Heights and practice ophthalmology a few miles from where I was "
            "born. I trained at UCLA and built a private practice that now has three "
            "ophthalmologists and two optometrists. I mentor residents and physicians on starting "
            "or joining a private practice, contracts, managing staff and serving a largely "
            "Spanish-speaking community. I also enjoy talking with students about ophthalmology, "
            "a small specialty with very few Latino physicians. I'm taking a break from new "
            "mentees for now."
        ),
        "areas": ["practice", "finances", "career"],
        "stages": ["resident", "early_career", "mid_late_career"],
        "formats": ["phone", "in_person"],
        "time_commitment": "quarterly",
        "capacity": 2,
        "accepting": False,
    },
    {
        "first": "Kevin",
        "last": "Leung",
        "pronouns": "he/him",
        "stage": "early_career",
        "profession": "dentistry",
        "school": "UCSF School of Dentistry",
        "graduation_year": 2017,
        "state": "CA",
        "languages": ["en", "zh-yue", "zh-cmn"],
        "nmf_relationship": "participant",
        "specialties": ["dentistry", "public-health"],
        "headline": (
            "Community health center dentist in San Francisco's Chinatown; public health "
            "dentistry and loan repayment"
        ),
        "bio": (
            "I'm a general dentist at a community health center in San Francisco's Chinatown, the "
            "neighborhood where I grew up and where my grandmother still lives. As a dental "
            "student at UCSF I joined an NMF program, and it connected me to mentors who showed "
            "me that public health dentistry is a real career. I mentor dental students and new "
            "dentists weighing community health against private practice, state and federal loan "
            "repayment, and GPR or AEGD residencies. I can mentor in English, Cantonese or "
            "Mandarin."
        ),
        "areas": ["career", "finances"],
        "stages": ["student", "early_career"],
        "formats": ["video"],
        "time_commitment": "monthly",
        "capacity": 3,
        "accepting": True,
    },
    {
        "first": "Maribel",
        "last": "Aguilar",
        "pronouns": "she/her",
        "stage": "resident",
        "profession": "medicine",
        "school": "Charles R. Drew University of Medicine and Science",
        "graduation_year": 2025,
        "state": "CA",
        "languages": ["en", "es"],
        "nmf_relationship": "scholar",
        "specialties": ["family-medicine"],
        "headline": (
            "Family medicine intern and Charles Drew graduate; I help pre-meds from South LA see "
            "a way in"
        ),
        "bio": (
            "I'm a first-year family medicine resident in Los Angeles. I went to medical school "
            "at Charles R. Drew University, a few miles from the house in Watts where I grew up. "
            "Before medical school I worked as a medical assistant and a promotora, so I know "
            "there is more than one path in. I mentor pre-health students, especially community "
            "college students and parents returning to school, on prerequisites, MCAT planning "
            "and applications. I mentor in Spanish or English. Intern year is busy, so I keep to "
            "one mentee and quick messages."
        ),
        "areas": ["applications", "career"],
        "stages": ["pre_health"],
        "formats": ["video", "phone"],
        "time_commitment": "monthly",
        "capacity": 1,
        "accepting": True,
    },
    {
        "first": "Jonah",
        "last": "Whitehorse",
        "pronouns": "he/him",
        "stage": "mid_late_career",
        "profession": "pa",
        "school": "University of Utah School of Medicine",
        "graduation_year": 2010,
        "state": "AZ",
        "languages": ["en", "nv"],
        "nmf_relationship": "scholar",
        "specialties": ["physician-assistant", "family-medicine"],
        "headline": (
            "Diné physician assistant in northern Arizona; PA careers, rural practice and working "
            "close to home"
        ),
        "bio": (
            "I'm Diné and grew up in Tuba City, where I now work as a physician assistant in "
            "family medicine. I trained in the PA program at the University of Utah after six "
            "years as an Army medic. I mentor students from tribal communities and veterans "
            "thinking about PA school, as well as PAs who want to work in rural clinics or Indian "
            "Country. We can talk about applications, how military experience translates, and "
            "what practicing close to family really means. I prefer phone calls."
        ),
        "areas": ["career", "applications", "practice"],
        "stages": ["pre_health", "student", "early_career"],
        "formats": ["phone"],
        "time_commitment": "monthly",
        "capacity": 3,
        "accepting": True,
    },
    {
        "first": "Aaliyah",
        "last": "Grant",
        "pronouns": "she/her",
        "stage": "early_career",
        "profession": "medicine",
        "school": "University of Washington School of Medicine",
        "graduation_year": 2018,
        "state": "WA",
        "languages": ["en"],
        "nmf_relationship": "scholar",
        "specialties": ["urology"],
        "headline": (
            "Urologist in Seattle and one of few Black women in the field; surgical applications "
            "and finding your people"
        ),
        "bio": (
            "I'm a urologist in Seattle and one of a small number of Black women in the specialty "
            "nationally. I went to medical school at the University of Washington and stayed for "
            "residency. I mentor medical students considering urology or other surgical fields, "
            "and residents preparing for fellowship or their first attending job. Urology "
            "applicants need to plan early, so I help mentees map out research, away rotations "
            "and letters well ahead. I'm also happy to talk about pregnancy and parenthood during "
            "surgical training, which I've been through."
        ),
        "areas": ["applications", "career", "work_life"],
        "stages": ["student", "resident"],
        "formats": ["video"],
        "time_commitment": "monthly",
        "capacity": 3,
        "accepting": True,
    },
    {
        "first": "Rosa",
        "last": "Maldonado",
        "pronouns": "she/her",
        "stage": "mid_late_career",
        "profession": "nursing",
        "school": "University of Arizona College of Nursing",
        "graduation_year": 2000,
        "state": "AZ",
        "languages": ["en", "es"],
        "nmf_relationship": "scholar",
        "specialties": ["nursing", "obstetrics-and-gynecology"],
        "headline": (
            "Enfermera partera y líder en salud comunitaria en Tucson; oriento a enfermeras que "
            "quieren seguir estudiando"
        ),
        "bio": (
            "Soy hija de trabajadores agrícolas y crecí entre Yuma y Tucson. Empecé como auxiliar "
            "de enfermería, después fui enfermera de parto y en el año 2000 terminé mi maestría "
            "en la Universidad de Arizona para convertirme en enfermera partera. Hoy dirijo el "
            "servicio de partería de un centro de salud comunitario cerca de la frontera. Me "
            "gusta orientar a estudiantes de enfermería y a enfermeras que quieren seguir "
            "estudiando, sobre todo a quienes tienen familia y trabajan tiempo completo. Podemos "
            "hablar en español o en inglés, por teléfono o en persona en el sur de Arizona."
        ),
        "areas": ["career", "leadership", "work_life"],
        "stages": ["student", "early_career", "mid_late_career"],
        "formats": ["phone", "in_person"],
        "time_commitment": "monthly",
        "capacity": 3,
        "accepting": True,
    },
    {
        "first": "Paolo",
        "last": "Dizon",
        "pronouns": "he/him",
        "stage": "early_career",
        "profession": "nursing",
        "school": "UCLA School of Nursing",
        "graduation_year": 2016,
        "state": "NV",
        "languages": ["en", "tl"],
        "nmf_relationship": "scholar",
        "specialties": ["nursing"],
        "headline": (
            "ICU charge nurse in Las Vegas; Filipino American nurses, critical care careers and "
            "speaking up safely"
        ),
        "bio": (
            "I'm a Filipino American nurse, the son and nephew of nurses, and I've worked in "
            "critical care since finishing my BSN at UCLA. I moved to Las Vegas a few years later "
            "and I'm now a charge nurse in a medical ICU. I mentor nursing students and new "
            "graduate nurses on getting into critical care, precepting, certification and "
            "speaking up safely when something isn't right. I'm pausing new mentees while I "
            "complete prerequisites for nurse anesthesia school, but my current mentees can "
            "always reach me."
        ),
        "areas": ["career", "wellness"],
        "stages": ["student", "early_career"],
        "formats": ["video", "phone"],
        "time_commitment": "monthly",
        "capacity": 2,
        "accepting": False,
    },
    {
        "first": "Isaiah",
        "last": "Branch",
        "pronouns": "he/him",
        "stage": "mid_late_career",
        "profession": "other",
        "school": "Howard University College of Nursing and Allied Health Sciences",
        "graduation_year": 2007,
        "state": "OR",
        "languages": ["en"],
        "nmf_relationship": "scholar",
        "specialties": ["physical-medicine-and-rehabilitation"],
        "headline": (
            "Physical therapist in Portland specializing in stroke and spinal cord "
            "rehabilitation; careers in rehab"
        ),
        "bio": (
            "I'm a physical therapist in Portland, Oregon, working on an inpatient rehabilitation "
            "unit with people recovering from strokes and spinal cord injuries. I earned my "
            "physical therapy degree at Howard and moved west for a residency in neurologic "
            "physical therapy. I mentor students considering physical therapy, occupational "
            "therapy or physical medicine and rehabilitation, and clinicians who want to "
            "specialize, teach or move into management. I'm also glad to talk about being one of "
            "very few Black clinicians in a rehab department, and how to build community anyway."
        ),
        "areas": ["career", "leadership"],
        "stages": ["pre_health", "student", "early_career"],
        "formats": ["video", "in_person"],
        "time_commitment": "monthly",
        "capacity": 3,
        "accepting": True,
    },
    {
        "first": "Valeria",
        "last": "Herrera",
        "pronouns": "she/her",
        "stage": "resident",
        "profession": "medicine",
        "school": "University of Colorado School of Medicine",
        "graduation_year": 2024,
        "state": "CO",
        "languages": ["en", "es"],
        "nmf_relationship": "scholar",
        "specialties": ["radiology"],
        "headline": (
            "Radiology resident in Denver; exploring specialties you barely saw in clerkships, "
            "and applying to them"
        ),
        "bio": (
            "I'm a first-year radiology resident in Denver, after an intern year in internal "
            "medicine. I got very little exposure to radiology in medical school, so I had to go "
            "looking for it, and I like helping students do the same. I grew up in Pueblo in a "
            "Spanish-speaking household and went to medical school at the University of Colorado. "
            "I mentor pre-health and medical students on exploring specialties, finding shadowing "
            "and research, and applying to advanced residency programs. I'm happy to meet in "
            "English or Spanish."
        ),
        "areas": ["career", "applications", "research"],
        "stages": ["pre_health", "student"],
        "formats": ["video"],
        "time_commitment": "monthly",
        "capacity": 2,
        "accepting": True,
    },
    # --- Puerto Rico and outside the United States ---------------------------------------
    {
        "first": "Javier",
        "last": "Colón Matos",
        "pronouns": "he/him",
        "stage": "mid_late_career",
        "profession": "medicine",
        "school": "University of Puerto Rico School of Medicine",
        "graduation_year": 1998,
        "state": "PR",
        "languages": ["en", "es"],
        "nmf_relationship": "scholar",
        "specialties": ["endocrinology", "internal-medicine"],
        "headline": (
            "Endocrinólogo en San Juan; diabetes, investigación clínica y carreras en la medicina "
            "en Puerto Rico"
        ),
        "bio": (
            "Soy endocrinólogo y profesor en San Juan. Estudié medicina en el Recinto de Ciencias "
            "Médicas de la Universidad de Puerto Rico y regresé a la isla después de hacer la "
            "subespecialidad en Boston, porque aquí la diabetes toca a casi todas las familias. "
            "Me gusta orientar a residentes y a médicos jóvenes que quieren combinar la práctica "
            "clínica con la investigación, y a quienes están decidiendo si quedarse en Puerto "
            "Rico o formarse en los Estados Unidos. Trabajo con pocos aprendices a la vez para "
            "poder darles un seguimiento de verdad."
        ),
        "areas": ["research", "career", "leadership"],
        "stages": ["resident", "early_career"],
        "formats": ["video", "in_person"],
        "time_commitment": "monthly",
        "capacity": 2,
        "accepting": True,
        "full": True,
    },
    {
        "first": "Yarelis",
        "last": "Santiago",
        "pronouns": "she/her",
        "stage": "resident",
        "profession": "medicine",
        "school": "Ponce Health Sciences University School of Medicine",
        "graduation_year": 2023,
        "state": "PR",
        "languages": ["en", "es"],
        "nmf_relationship": "scholar",
        "specialties": ["otolaryngology"],
        "headline": (
            "Otolaryngology resident in San Juan helping Puerto Rican students aim for surgical "
            "specialties"
        ),
        "bio": (
            "I'm a third-year otolaryngology resident in San Juan and a graduate of Ponce Health "
            "Sciences University. I grew up in Mayagüez, and for a long time I thought surgical "
            "specialties were for other people. I mentor pre-health and medical students, in "
            "Puerto Rico and on the mainland, who are interested in surgery and especially ENT: "
            "how to prepare for Step 2, find research and make your application stand out. I "
            "mentor in Spanish or English, and I'm happy to meet by video on weekends."
        ),
        "areas": ["applications", "research"],
        "stages": ["pre_health", "student"],
        "formats": ["video"],
        "time_commitment": "monthly",
        "capacity": 2,
        "accepting": True,
    },
    {
        "first": "Mekdes",
        "last": "Alemu",
        "pronouns": "she/her",
        "stage": "mid_late_career",
        "profession": "medicine",
        "school": "Emory University School of Medicine",
        "graduation_year": 2005,
        "state": "XX",
        "languages": ["en", "am"],
        "nmf_relationship": "scholar",
        "specialties": ["pathology"],
        "headline": (
            "Pathologist in Addis Ababa strengthening laboratories; careers in pathology and "
            "global health"
        ),
        "bio": (
            "I trained at Emory and practiced pathology in Atlanta for ten years before moving to "
            "Addis Ababa, where my parents were born. I now teach pathology residents and help "
            "hospitals strengthen their laboratories, especially for cancer diagnosis. I mentor "
            "students and residents curious about pathology, a specialty that is far more human "
            "than people think, and clinicians who want global health to be part of their careers "
            "without romanticizing it. I'm seven or eight hours ahead of US time zones, so early "
            "mornings on your side work best."
        ),
        "areas": ["career", "research"],
        "stages": ["student", "resident", "early_career"],
        "formats": ["video"],
        "time_commitment": "quarterly",
        "capacity": 2,
        "accepting": True,
    },
]

# --- A year of mentoring ------------------------------------------------------------------
# Times are counted back from the moment the demo is loaded: ``sent``, ``ended``, ``written``,
# ``first_meeting`` and check-in and feedback days are days ago; ``answered`` is how many hours
# after ``sent`` the request closed (accepted, declined or withdrawn). Mentors and members are
# named as in MENTORS and in members/demo.py.

# What each demo member asks for, in their own words: the areas they want help with (as in
# MentoringArea) and the message they send the mentors they ask.
MENTEE_ASKS = {
    "Imani Brooks": (
        ["leadership", "career"],
        "I'm a family physician at a federally qualified health center in Baltimore, eight years "
        "out of Howard. Our medical director retires next year and I've been asked whether I "
        "would consider the role. I'd love to talk with someone who has moved from full-time "
        "clinician to leader: what to ask for, what to protect, and how to keep seeing patients.",
    ),
    "Mateo Gutiérrez": (
        ["applications", "research", "career"],
        "I'm an emergency medicine resident in Albuquerque and the first in my family to go to "
        "college. I'm deciding between an ultrasound fellowship and going straight into community "
        "practice near home, and my first research project has stalled. I'd be grateful for help "
        "thinking both through with someone who has been there.",
    ),
    "Aisha Bello": (
        ["applications", "research", "career"],
        "I'm a third-year student at Morehouse, set on OB-GYN and on maternal health in rural "
        "Georgia. I apply to residency next cycle. I'd appreciate guidance on away rotations, who "
        "to ask for letters, and turning my community project on postpartum blood pressure checks "
        "into something I can present.",
    ),
    "Tanisha Caldwell": (
        ["leadership", "work_life", "career"],
        "I'm a nurse practitioner and I've directed a community clinic in Norfolk for six years. "
        "I've been encouraged to apply for a system-wide director of advanced practice role, and "
        "I'm weighing a DNP at the same time. I'd value a mentor who has led nurses at the system "
        "level and can help me see whether I can do both and still have evenings with my family.",
    ),
    "Rafael Ortiz": (
        ["practice", "finances"],
        "I own a general dental practice in the Central Valley; most of my patients have "
        "Medi-Cal. A dentist retiring in the next town has offered to sell me his practice. I'd "
        "like to talk with someone who has bought a second practice: valuation, financing, and "
        "whether I can staff two offices without burning out.",
    ),
    "Grace Yazzie": (
        ["career", "finances", "wellness"],
        "I'm a pediatrics resident in Tucson and I plan to go home to the Navajo Nation when I "
        "finish. I'd like to talk with someone about Indian Health Service and tribal jobs, loan "
        "repayment, and how to stay well for the rest of residency with my family far away.",
    ),
    "Samuel Owusu": (
        ["career", "leadership"],
        "I'm a clinical pharmacist in oncology in New Orleans, six years out of Xavier. I'm "
        "preparing for the oncology pharmacy board exam and thinking about a faculty role at a "
        "college of pharmacy. I'd like advice on building a teaching portfolio, and on whether to "
        "take on more leadership at the hospital first.",
    ),
    "Lucía Fernández": (
        ["research", "career"],
        "I'm an MPH candidate at Columbia writing my thesis on community health workers and "
        "diabetes control in Washington Heights. I'd like help narrowing my research question, "
        "and with what comes after graduation: program work at the health department, or a "
        "research coordinator job that could lead to a doctorate.",
    ),
    "Priya Raman": (
        ["applications", "research"],
        "I'm a senior internal medicine resident at Rush applying to infectious disease "
        "fellowship this cycle. I'd be grateful for someone to read my personal statement, help "
        "me choose programs and prepare me for interviews, especially the questions about why ID "
        "and about my HIV PrEP research.",
    ),
    "Jamal Washington": (
        ["career", "leadership"],
        "I'm an emergency medicine PA in Philadelphia, five years in. Our group is creating a "
        "lead advanced practice provider position and I want to apply. I'd like advice from "
        "someone who has moved into leadership as a PA: making the case, scheduling fairly, and "
        "being taken seriously by physician partners.",
    ),
    "Esperanza Morales": (
        ["leadership", "practice"],
        "I'm a geriatrician and I direct a home-based primary care program in San Antonio. The "
        "health system wants us to double our patients next year with the same staff. I'd like a "
        "mentor who has led a clinical program through growth to help me negotiate for resources "
        "and protect my team.",
    ),
    "Daniel Kim": (
        ["career", "finances"],
        "I'm a second-year dental student at Michigan interested in public health dentistry: "
        "community clinics, school sealant programs, maybe a dental public health residency. I'd "
        "like to understand the paths, and how people manage their loans on a public health "
        "salary.",
    ),
    "Nadia Haddad": (
        ["leadership", "work_life"],
        "I'm a general pediatrician in Dearborn, and many of my families speak Arabic. I've been "
        "asked to lead a language-access project across our clinics, my first leadership role, "
        "while I have two small children. I'd love guidance on leading a project without formal "
        "authority, and on saying no to everything else.",
    ),
    "Kwame Asante": (
        ["research", "career", "wellness"],
        "I'm an anesthesiology resident in Boston deciding whether to take a research year before "
        "a critical care fellowship. I'd like help weighing the year against the time it costs, "
        "and someone to talk to about keeping going when the ICU months are heavy.",
    ),
    "Leilani Kahale": (
        ["career", "leadership"],
        "I'm a public health nurse on Oʻahu working on vaccine outreach across the islands. I'm "
        "thinking about graduate school, an MPH or a DNP, and about moving into a program lead "
        "role. I'd like a mentor who has grown a nursing career, and kept learning, while working "
        "full time.",
    ),
    "Carmen Rivera": (
        ["research", "career"],
        "Soy residente de medicina de familia en Bayamón y me interesa la medicina rural en la "
        "zona montañosa de Puerto Rico. Muchos de mis pacientes tienen diabetes mal controlada y "
        "llegan tarde a la clínica porque viven lejos. Quisiera hacer un proyecto de "
        "investigación pequeño sobre eso antes de terminar la residencia, y algún día enseñar. "
        "¿Podría orientarme?",
    ),
    "Tyrone Jackson": (
        ["wellness", "work_life"],
        "I'm an addiction psychiatrist in South Los Angeles, ten years out of Drew. I love the "
        "work, but I'm carrying too many patients and committees and it has started to show at "
        "home. I'd like to talk with someone who has set boundaries in a mission-driven clinic "
        "and kept their sense of purpose.",
    ),
    "Mei Chen": (
        ["applications", "career"],
        "I'm a second-year PharmD student at Minnesota interested in ambulatory care and, one "
        "day, teaching. I'd like help planning for PGY1 residency applications: which rotations "
        "to choose, how to get involved in research, and how to make the most of the ASHP Midyear "
        "meeting.",
    ),
    "Sofía Delgado": (
        ["applications", "career"],
        "I'm a senior at FIU and a medical scribe in an emergency department, and I take the MCAT "
        "in a few months. I'm the first in my family to apply to medical school and I don't know "
        "what a strong application looks like. I'd love help with a study plan, choosing schools "
        "and my personal statement.",
    ),
    "Joseph Running Bear": (
        ["leadership", "practice", "career"],
        "I'm a rural family physician in North Dakota and I deliver babies at a small critical "
        "access hospital. I've been asked to run for chief of staff, and an IHS leadership post "
        "may open too. I'd like to talk with someone who has led in rural or tribal health about "
        "what it takes, and what it costs.",
    ),
}

# The language a member writes in, when it is not English: they ask mentors who read it.
MENTEE_LANGUAGE = {"Carmen Rivera": "es"}

# Mentors who are slow to answer: the share of their requests they let run out, and they answer
# the others late (days, not hours). Every other mentor answers within hours or a day or two.
SLOW_TO_ANSWER = {"Tunde Bakare": 0.5, "Mekdes Alemu": 0.7, "Ngozi Eze": 0.35}

# Mentors who are not accepting today stopped this many days ago; members asked them before.
STOPPED_ACCEPTING = {
    "Keisha Monroe": 120,
    "Darnell Hughes": 40,
    "Héctor Villarreal": 200,
    "Samira Haile": 90,
    "Ricardo Ibarra": 150,
    "Paolo Dizon": 60,
}

# The mentorships that fill the mentors marked ``full``, and Paolo Dizon's mentee from before
# he paused: (mentor, member, days since the request, hours until the mentor accepted).
STANDING_MENTORSHIPS = [
    ("Javier Colón Matos", "Carmen Rivera", 205, 4),
    ("Nia Whitfield", "Aisha Bello", 170, 10),
    ("Tunde Bakare", "Priya Raman", 158, 150),
    ("Esther Cho", "Grace Yazzie", 130, 6),
    ("Paolo Dizon", "Leilani Kahale", 110, 12),
    ("Keoni Palakiko", "Kwame Asante", 88, 20),
    ("Nia Whitfield", "Mateo Gutiérrez", 64, 30),
    ("Javier Colón Matos", "Nadia Haddad", 58, 26),
    ("Tunde Bakare", "Imani Brooks", 46, 170),
]

# A pair who write to each other in Spanish: their agreement and check-ins, in their words.
WRITTEN_MENTORSHIPS = {
    ("Javier Colón Matos", "Carmen Rivera"): {
        "agreement": {
            "written": 199,
            "by": "mentee",
            "version": 1,
            "confirmed_by": ["mentor", "mentee"],
            "goals": (
                "1. Diseñar un proyecto de mejora de calidad sobre el control de la diabetes "
                "(HbA1c) en los pacientes de la clínica que viven en zonas rurales, con la "
                "aprobación del programa.\n"
                "2. Presentar los resultados en el día de investigación de la residencia.\n"
                "3. Conversar sobre carreras académicas en Puerto Rico: cómo combinar la clínica, "
                "la docencia y la investigación sin irse de la isla."
            ),
            "rhythm": "monthly",
            "contact": "video",
            "notes": (
                "Javier: los jueves después de las 6 de la tarde. Carmen avisa por texto si está "
                "de guardia."
            ),
            "first_meeting": 192,
        },
        "check_ins": [
            (
                185,
                "mentee",
                "Primera reunión de trabajo. Revisamos la pregunta del proyecto: cuántos "
                "pacientes con diabetes que viven a más de 30 minutos de la clínica tienen una "
                "HbA1c en los últimos seis meses. El Dr. Colón me pidió que midiera antes de "
                "proponer soluciones.",
                "Pedir al departamento de calidad la lista de pacientes con diabetes y hablar con "
                "la directora del programa sobre el proyecto.",
                "",
            ),
            (
                140,
                "mentor",
                "Carmen trajo los datos iniciales: de 240 pacientes, el 38 % no tenía una HbA1c "
                "reciente, y casi todos viven en Orocovis, Barranquitas o Comerío. Hablamos de "
                "cómo presentar datos a la gerencia sin prometer más de lo que la clínica puede "
                "sostener.",
                "Carmen diseña con la enfermera gestora un plan de llamadas y de pruebas de HbA1c "
                "en el punto de atención los días de clínica móvil.",
                "",
            ),
            (
                70,
                "mentee",
                "Hablamos de la vida académica: el Dr. Colón me contó cómo negoció tiempo "
                "protegido para investigar cuando regresó a la isla, y qué plazas de facultad hay "
                "en medicina de familia en Puerto Rico. También practiqué la presentación para el "
                "día de investigación.",
                "Enviar el resumen al comité del día de investigación y pedirle a la directora "
                "una reunión sobre oportunidades de docencia.",
                "",
            ),
        ],
    },
}

# The demo member who signs in, Amara Mensah, an internal medicine resident in Washington, DC,
# heading for cardiology: every request she sent, oldest first, and what became of it. Her
# first mentorship closed months ago with feedback from both; the second was closed recently by
# her mentor and waits for her feedback; the third has an agreement both confirmed and three
# check-ins, one asking NMF staff for support; the newest has an agreement she has yet to read.
# Check-ins are (days ago, author, what we talked about, next steps, note for NMF staff);
# feedback is (author, days ago, helpfulness, goals met, would recommend, comments).
AMARA_MENTORING = [
    {
        "mentor": "Terrence Holloway",
        "sent": 335,
        "answered": 30,
        "status": "accepted",
        "goals": ["finances", "career"],
        "format": "phone",
        "message": (
            "I'm an internal medicine resident in Washington, DC, and a Howard graduate. I'm "
            "finding my feet on the wards, but I'm carrying a lot of loans and I make every money "
            "decision by guessing. I'd be grateful to talk once a month with someone who has "
            "spent a whole career in internal medicine: about repayment and Public Service Loan "
            "Forgiveness, and about how you decide what kind of internist to become."
        ),
        "mentorship": {
            "ended": 160,
            "ended_by": "mentee",
            "end_reason": "goals_met",
            "agreement": {
                "written": 330,
                "by": "mentee",
                "version": 1,
                "confirmed_by": ["mentor", "mentee"],
                "goals": (
                    "1. Understand my loans: choose a repayment plan, certify my employment for "
                    "Public Service Loan Forgiveness and keep a budget I can live with.\n"
                    "2. Get through the hardest rotations with sleep, meals and friendships "
                    "intact.\n"
                    "3. By the end, know which fellowship I am aiming for, and why."
                ),
                "rhythm": "monthly",
                "contact": "phone",
                "notes": (
                    "Dr. Holloway prefers Saturday mornings, Central time. Amara is on nights "
                    "every fourth week; we skip those weeks."
                ),
                "first_meeting": 327,
            },
            "check_ins": [
                (
                    320,
                    "mentee",
                    "Our first call. We went through my loans one by one: all federal Direct "
                    "loans, so every one can count towards Public Service Loan Forgiveness on an "
                    "income-driven plan. Dr. Holloway told me about the years he spent paying off "
                    "the wrong loans first.",
                    "Submit the PSLF employment certification form on StudentAid.gov and switch "
                    "to an income-driven plan before my next payment is due.",
                    "",
                ),
                (
                    290,
                    "mentor",
                    "A hard week of night float: two rapid responses and a patient who died "
                    "before his family arrived. We talked about what helps after a death: saying "
                    "it out loud to someone, and not carrying it straight home to bed.",
                    "Amara asks her chief resident about the program's debrief sessions and calls "
                    "me after her next week of nights.",
                    "",
                ),
                (
                    230,
                    "mentee",
                    "Which fellowship. I'm drawn to cardiology, because of my grandmother's heart "
                    "failure and because I love the physiology. Dr. Holloway asked me to picture "
                    "an ordinary Tuesday as a cardiologist and as a general internist, and tell "
                    "him which one I would miss.",
                    "Spend my elective on the cardiology consult service and look for a research "
                    "mentor in cardiology.",
                    "",
                ),
                (
                    175,
                    "mentee",
                    "Our last regular call. My employment is certified, I have a budget, and I'm "
                    "set on cardiology. We agreed I'm ready to find a research mentor in the "
                    "field, and that I can still call him about life in general.",
                    "Close our mentorship on the Hub and tell NMF how it went. Send Dr. Holloway "
                    "my news when I match.",
                    "",
                ),
            ],
            "feedback": [
                (
                    "mentee",
                    160,
                    5,
                    "yes",
                    True,
                    "Dr. Holloway's Saturday calls got me through the hardest months of residency "
                    "so far. He made the loan system make sense and never made me feel foolish "
                    "for not knowing it. Please keep matching residents with mentors outside "
                    "their specialty; the distance helped.",
                ),
                (
                    "mentor",
                    157,
                    5,
                    "yes",
                    True,
                    "Amara came to every call with her questions written down and did everything "
                    "she said she would. She no longer needs me, which is the point. I'd take "
                    "another resident.",
                ),
            ],
        },
    },
    {
        "mentor": "Luis Quiñones",
        "sent": 140,
        "answered": 9,
        "status": "accepted",
        "goals": ["career", "research", "applications"],
        "format": "video",
        "message": (
            "I'm an internal medicine resident in Washington, DC, leaning towards cardiology but "
            "not yet certain. I'd like to talk with someone who went through the fellowship match "
            "recently: how you chose your subspecialty, how you made time for research on the "
            "wards, and what programs look for. I read that you also mentor in Spanish; I'm "
            "learning, slowly!"
        ),
        "mentorship": {
            "ended": 12,
            "ended_by": "mentor",
            "end_reason": "time",
            "agreement": {
                "written": 136,
                "by": "mentor",
                "version": 1,
                "confirmed_by": ["mentor", "mentee"],
                "goals": (
                    "Decide, with evidence rather than nerves, whether cardiology is the right "
                    "fellowship for Amara.\n"
                    "Find one research question she can answer during residency, and the person "
                    "who can supervise it.\n"
                    "Plan Step 3 so it is behind her before fellowship applications open."
                ),
                "rhythm": "monthly",
                "contact": "video",
                "notes": (
                    "Luis: Monday or Wednesday evenings after clinic. Email first; I answer "
                    "within two days."
                ),
                "first_meeting": 133,
            },
            "check_ins": [
                (
                    120,
                    "mentor",
                    "We compared cardiology with the other subspecialties Amara has enjoyed, "
                    "nephrology and ID, using her own notes from rotations. She lights up "
                    "describing hemodynamics and doesn't when describing anything else. We also "
                    "picked a date for Step 3.",
                    "Amara books Step 3 for the end of her next ambulatory block and emails two "
                    "cardiology faculty about research.",
                    "",
                ),
                (
                    92,
                    "mentee",
                    "Research: I have two leads, a heart failure readmissions QI project and a "
                    "cardio-oncology chart review at the cancer center. Luis suggested asking "
                    "each faculty lead how many residents finished a project with them last year, "
                    "and what became of it.",
                    "Meet both faculty leads before choosing. Start the CITI human subjects "
                    "training.",
                    "",
                ),
            ],
            "feedback": [
                (
                    "mentor",
                    12,
                    4,
                    "partly",
                    True,
                    "I've taken on the medical directorship of our HIV clinic and can't give "
                    "Amara the time she deserves. We settled her choice of fellowship and Step 3; "
                    "her research and applications are in good hands with her other mentor. I'm "
                    "glad to stay an informal contact.",
                ),
            ],
        },
    },
    {
        "mentor": "Tunde Bakare",
        "sent": 95,
        "status": "expired",
        "goals": ["applications", "research"],
        "format": "video",
        "message": (
            "I'm an internal medicine resident in DC preparing to apply to cardiology fellowship, "
            "and I read that most of your mentees are residents on the same road. I'd be grateful "
            "for help planning my application: letters, research that programs value, and how to "
            "explain why I want cardiology without sounding like everyone else."
        ),
    },
    {
        "mentor": "Kiana Lockhart",
        "sent": 79,
        "answered": 20,
        "status": "accepted",
        "goals": ["research", "applications", "career"],
        "format": "video",
        "message": (
            "I'm a Howard graduate, now an internal medicine resident in DC applying to "
            "cardiology fellowship. I've been offered a cardio-oncology chart review at the "
            "cancer center, on heart monitoring for women treated with anthracyclines, and I'd "
            "love a research mentor who knows oncology. Your profile says you send agendas, which "
            "I love. I'd like to finish the project, present it and plan my applications around "
            "it."
        ),
        "mentorship": {
            "agreement": {
                "written": 41,
                "by": "mentee",
                "version": 2,
                "confirmed_by": ["mentor", "mentee"],
                "goals": (
                    "1. Finish the cardio-oncology chart review (echocardiogram monitoring in "
                    "women treated with anthracyclines for breast cancer), with data collection "
                    "done before Amara's ICU block.\n"
                    "2. Submit an abstract to a national cardiology meeting, and have a poster "
                    "ready if it is accepted.\n"
                    "3. Build a fellowship application timeline: letters asked for early, a "
                    "personal statement drafted before the summer, programs chosen for fit.\n"
                    "4. Keep one evening a week free of research (added by Amara; Kiana agrees)."
                ),
                "rhythm": "fortnightly",
                "contact": "video",
                "notes": (
                    "Tuesdays at 7 pm Eastern. Kiana sends an agenda the day before and notes the "
                    "day after; Amara texts if she is post-call and needs to move a call."
                ),
                "first_meeting": 72,
            },
            "check_ins": [
                (
                    63,
                    "mentee",
                    "Choosing the project. The heart failure QI project is bigger, but its data "
                    "aren't ready. The cardio-oncology review already has IRB approval, a "
                    "cardio-oncologist willing to supervise and a clean question: how many women "
                    "had the baseline and follow-up echocardiograms the guidelines recommend. We "
                    "chose the chart review.",
                    "Finish CITI training, get added to the IRB protocol, and abstract the first "
                    "twenty charts to test the data form.",
                    "",
                ),
                (
                    35,
                    "mentor",
                    "Fellowship timeline, working back from when ERAS opens: ask three letter "
                    "writers (the program director, the research supervisor and a cardiologist "
                    "who has seen Amara on the wards) at least three months ahead, draft the "
                    "personal statement in the spring, and make a first list of programs by size, "
                    "region and research. We also talked about mentioning her grandmother's heart "
                    "failure without making it the whole statement.",
                    "Amara asks her program director for a meeting about a letter and sends me "
                    "her list of programs before our next call. I'll share my old statement as an "
                    "example of structure, not of content.",
                    "",
                ),
                (
                    8,
                    "mentee",
                    "The abstract. I've reviewed 212 charts: 78% of the women had a baseline "
                    "echocardiogram, but only 41% had the follow-up one at the end of treatment, "
                    "and the gap was wider at the satellite clinics. Kiana helped me cut the "
                    "draft to the word limit: lead with the gap, one sentence of methods, and no "
                    "claims about outcomes we didn't measure.",
                    "Send the abstract to the cardio-oncologist and the statistician for comments "
                    "by Friday, then submit it before the deadline. Start the poster template in "
                    "case it is accepted.",
                    "If the abstract is accepted, the meeting falls during my ICU block, and my "
                    "program pays for one conference a year, which I've already used. Does NMF "
                    "have travel support for residents presenting research? And is there advice "
                    "on asking for time off during an ICU block without it counting against me?",
                ),
            ],
        },
    },
    {
        "mentor": "Mekdes Alemu",
        "sent": 78.9,
        "answered": 30,
        "status": "withdrawn",
        "goals": ["career", "research"],
        "format": "video",
        "message": (
            "My family is from Kumasi, and on a visit last year I met children with rheumatic "
            "heart disease who had never had an echocardiogram. I'm an internal medicine resident "
            "in DC heading for cardiology, and I'd like to understand how people build global "
            "health into a cardiology career without it becoming a hobby or a savior story. Your "
            "profile says exactly that."
        ),
    },
    {
        "mentor": "Javier Colón Matos",
        "sent": 62,
        "answered": 16,
        "status": "declined",
        "reason": "fit",
        "goals": ["research", "career"],
        "format": "video",
        "message": (
            "I'm an internal medicine resident in DC with a cardio-oncology project underway, and "
            "I keep seeing how diabetes and heart disease meet in my patients. I admire that you "
            "went home to Puerto Rico to do research where it matters most. Would you consider "
            "mentoring me on building a research career close to the community I serve?"
        ),
    },
    {
        "mentor": "Adaeze Okonkwo",
        "sent": 10,
        "answered": 7,
        "status": "accepted",
        "goals": ["leadership", "wellness", "career"],
        "format": "video",
        "message": (
            "I'm an internal medicine resident in DC. My program has asked me to join the GME "
            "diversity committee and to think about applying for chief resident, and I'm unsure I "
            "can take on either while applying to cardiology fellowship. I'd also like to talk "
            "about being the only Black woman on many teams, and how to stop carrying every "
            "comment home. Your line about leading when you are the only one in the room is why "
            "I'm writing."
        ),
        "mentorship": {
            "agreement": {
                "written": 2,
                "by": "mentor",
                "version": 1,
                "confirmed_by": ["mentor"],
                "goals": (
                    "1. Decide by the end of next month whether to apply for chief resident, "
                    "after Amara talks with two past chiefs about what the year really asks.\n"
                    "2. Prepare Amara's ten-minute talk to the GME diversity committee on why "
                    "BIPOC residents leave training, ending with one request the committee can "
                    "act on.\n"
                    "3. A short plan for comments from patients and colleagues that undermine "
                    "her: what to say in the moment, when to escalate and to whom.\n"
                    "4. Fellowship applications come first; anything new is weighed against them."
                ),
                "rhythm": "monthly",
                "contact": "video",
                "notes": (
                    "Sunday afternoons suit Adaeze; she sends the calendar invitation. Text for "
                    "anything urgent."
                ),
                "first_meeting": 4,
            },
        },
    },
    {
        "mentor": "Omar Farah",
        "sent": 1.5,
        "status": "pending",
        "goals": ["research", "applications"],
        "format": "video",
        "message": (
            "I'm an internal medicine resident in DC applying to cardiology fellowship. My "
            "previous mentor had to step back and suggested I find someone who publishes research "
            "alongside clinical work. I've just submitted my first abstract, on echocardiogram "
            "follow-up in women treated for breast cancer, and I'd like to turn it into a "
            "manuscript. I'm also curious about cardiorenal disease, where your work and mine "
            "meet."
        ),
    },
]

# What pairs write in their agreements, by the area they work on: (stages, or None for anyone;
# a line of the agreement).
TRAINEES = ["pre_health", "student", "resident"]
IN_PRACTICE = ["early_career", "mid_late_career"]
AGREEMENT_GOALS = {
    "career": [
        (
            TRAINEES,
            "Map the specialties and settings still in the running, and talk to two people in "
            "each before deciding.",
        ),
        (
            IN_PRACTICE,
            "Decide what the next three years should look like, and what to say yes and no to on "
            "the way.",
        ),
    ],
    "applications": [
        (
            ["pre_health"],
            "A study plan for the MCAT, a school list that fits, and a personal statement that "
            "sounds like the applicant.",
        ),
        (
            ["student"],
            "A residency application plan: away rotations, three strong letters, and an ERAS "
            "application finished early.",
        ),
        (
            ["resident"],
            "A fellowship application timeline: letters asked for early, a personal statement "
            "drafted in the spring, mock interviews before the season.",
        ),
    ],
    "research": [
        (
            None,
            "Choose one research project that can be finished, and take it as far as an abstract "
            "or poster.",
        ),
        (
            None,
            "Learn the research basics: human subjects training, a clear question and a data plan "
            "agreed with the supervisor.",
        ),
    ],
    "leadership": [
        (
            None,
            "Prepare for the new leadership role: the first ninety days, the people to meet, and "
            "the case for the resources the team needs.",
        ),
        (
            None,
            "Build the skills to lead a project without formal authority, starting with one ally "
            "in each team.",
        ),
    ],
    "finances": [
        (
            None,
            "Get the loans under control: the right repayment plan, Public Service Loan "
            "Forgiveness paperwork if it applies, and a budget to keep.",
        ),
        (
            None,
            "Understand the numbers behind the big decision: income, debt, and what the bank or "
            "the employer will want to see.",
        ),
    ],
    "practice": [
        (
            None,
            "Read the contract and the numbers before signing: non-compete, malpractice tail, and "
            "how productivity is paid.",
        ),
        (None, "Run the practice more smoothly: scheduling, no-shows and billing that gets paid."),
    ],
    "wellness": [
        (
            None,
            "Keep well through the hardest months: sleep, support, and someone to call after a "
            "bad day.",
        ),
        (None, "Find ways to answer racism at work, in the moment and afterwards, that cost less."),
    ],
    "work_life": [
        (
            None,
            "Hand off or decline two commitments, and protect one evening a week and one day of "
            "the weekend.",
        ),
        (
            None,
            "A plan for training or practising as a parent: backup childcare, and what to ask the "
            "employer for.",
        ),
    ],
}
AGREEMENT_HABITS = [
    "We keep calls to an hour; the mentee sends two or three questions the day before.",
    "Either of us can move a call with a day's notice. We write down next steps at the end.",
    "The mentee leads each call; the mentor reads drafts within a week.",
    "",
]
CONTACT_NOTES = [
    "Weekday evenings after 6 pm work best for both of us.",
    "Weekends are easier than weekdays. Email to set a time; text if something is urgent.",
    "Early mornings before clinic, Eastern time.",
    "Lunchtime calls on Fridays. If one of us is on call, we move to the next week.",
    "",
    "",
]

# What pairs note after they meet, by area: (stages, or None for anyone; what we talked about;
# next steps). Written as either person would, in the first person plural.
CHECK_IN_NOTES = {
    "career": [
        (
            TRAINEES,
            "The specialties still in the running, and what an ordinary week looks like in each. "
            "The question that helped most: which patients do you want to be seeing in twenty "
            "years?",
            "Shadow a full clinic day in each and ask a resident what they wish they had known.",
        ),
        (
            TRAINEES,
            "How to find mentors closer to home, and how to ask a faculty member for a meeting "
            "without feeling like an imposition.",
            "Email two faculty members this week with a short, specific request.",
        ),
        (
            IN_PRACTICE,
            "The two offers on the table, side by side: patient panel, call, protected time and "
            "who covers absences. We talked about which one would be harder to turn down.",
            "Ask each group to speak with someone who left in the last two years.",
        ),
        (
            IN_PRACTICE,
            "Where to be in five years, and which current commitments lead there. We listed "
            "everything in a typical month and marked what would go first.",
            "Step off one committee by the end of the quarter and explain why to the chair.",
        ),
    ],
    "applications": [
        (
            ["pre_health"],
            "An MCAT plan: six weeks of content review, then a full-length practice exam every "
            "Saturday, fitted around scribing shifts.",
            "Take a diagnostic exam and send the section scores before our next call.",
        ),
        (
            ["pre_health"],
            "The first draft of the personal statement. The story about interpreting for a "
            "grandmother at her appointments is the heart of it and should come first.",
            "Rewrite the opening, cut the list of activities, and send a new draft in two weeks.",
        ),
        (
            ["student"],
            "Away rotations: which programs, when to apply through VSLO, and how to use the month "
            "to show the team who you are.",
            "Apply to two away rotations and ask the clerkship director about a letter.",
        ),
        (
            ["student"],
            "The ERAS experiences section, which three to mark as most meaningful, and a "
            "two-minute answer to 'tell me about yourself'.",
            "Record a mock interview answer and send it over.",
        ),
        (
            ["resident"],
            "A fellowship timeline working back from when ERAS opens: letter writers, the "
            "personal statement, and a first list of programs by size and research strength.",
            "Ask the program director for a letter and draft the statement.",
        ),
        (
            ["resident"],
            "A mock fellowship interview. Clinical stories were strong; the answer about where "
            "you see yourself in ten years needs work.",
            "Practise the ten-year answer and book a second mock interview.",
        ),
    ],
    "research": [
        (
            None,
            "Choosing between two projects: the most interesting one, or the one with data "
            "already collected and a supervisor who answers email. For a first project, "
            "feasibility wins.",
            "Meet the lead of the chart review and ask about IRB status and data access.",
        ),
        (
            None,
            "The abstract draft. The results should lead with the main number, and the conclusion "
            "can't claim more than the data show.",
            "Cut it to the word limit and get co-authors' comments by Friday.",
        ),
        (
            None,
            "Getting through the IRB: human subjects training, the protocol template, and why a "
            "quality improvement project may not need full review.",
            "Finish the CITI modules and ask the IRB office whether this counts as quality "
            "improvement.",
        ),
        (
            None,
            "Making research fit around clinical work: writing in short blocks, and being honest "
            "about what can be finished this year.",
            "Block two hours every Sunday morning for writing, for a month.",
        ),
    ],
    "leadership": [
        (
            None,
            "Getting ready for a first meeting as a new leader: listening before changing "
            "anything, and meeting each person on the team one to one in the first month.",
            "Schedule the one-to-ones and write three questions to ask everyone.",
        ),
        (
            None,
            "Leading without formal authority: bringing physicians and nurses along on a project "
            "when you can't assign the work. Find one ally in each group.",
            "Name an ally in each clinic and invite them to the first planning meeting.",
        ),
        (
            None,
            "Asking for resources: we drafted the case for one more staff member from our own "
            "numbers on visits, no-shows and readmissions.",
            "Finish the one-page proposal and ask for time on the director's agenda.",
        ),
        (
            None,
            "Being the only person of color at the leadership table, and getting credit for ideas "
            "without being cast as the person who only talks about diversity.",
            "Prepare two points for the next meeting and ask an ally to build on them.",
        ),
    ],
    "finances": [
        (
            None,
            "Loans: income-driven repayment, Public Service Loan Forgiveness, and why the "
            "employment certification matters every year.",
            "Check qualifying payments on StudentAid.gov and submit the employment certification "
            "form.",
        ),
        (
            None,
            "A first real budget: an emergency fund, disability insurance while young and "
            "healthy, and why the house can wait.",
            "Get two quotes for own-occupation disability insurance.",
        ),
        (
            None,
            "Reading a valuation and a loan offer: what the seller's numbers leave out, and what "
            "a bank will want to see.",
            "Ask an accountant who works with health care practices to review the last three "
            "years of books.",
        ),
        (
            None,
            "The National Health Service Corps and state loan repayment programs: which sites "
            "qualify, the service commitment, and how they fit with other plans.",
            "Check whether the clinic is an approved site and note when applications open.",
        ),
    ],
    "practice": [
        (
            None,
            "Contract terms: the non-compete, tail coverage for malpractice, and how the "
            "productivity bonus is really calculated.",
            "Have a health care attorney read the contract before signing, and ask for last "
            "year's RVU report.",
        ),
        (
            None,
            "Front desk turnover and no-shows, and how text reminders cut missed visits at a "
            "similar clinic.",
            "Try text reminders for a month and count the no-shows.",
        ),
        (
            None,
            "Billing basics: what the documentation supports, and where claims are denied.",
            "Pull last quarter's denial report with the billing manager.",
        ),
    ],
    "wellness": [
        (
            None,
            "A hard month: a patient's death and a comment from a senior colleague that stung. We "
            "talked about how to process a bad outcome, and when to see a therapist.",
            "Book a first appointment through the employee assistance program and keep one "
            "evening a week free.",
        ),
        (
            None,
            "A patient asked for a different doctor because of race. We talked about how to "
            "respond in the moment, and when and how to report it.",
            "Read the hospital's policy on such requests and talk it over with a trusted "
            "supervisor.",
        ),
        (
            None,
            "Sleep, food and exercise on nights: a packed dinner, a fixed wind-down after shifts, "
            "and calling home on the way in, not the way out.",
            "Try the wind-down routine for two weeks and report back.",
        ),
    ],
    "work_life": [
        (
            None,
            "Training or working as a parent: backup childcare, and being honest with the program "
            "or practice about what is needed.",
            "Ask about lactation space and the backup childcare benefit.",
        ),
        (
            None,
            "Saying no: we listed everything agreed to this year and picked two things to hand "
            "off.",
            "Hand off the newsletter, and decline the next invitation that isn't core to the work.",
        ),
        (
            None,
            "Protecting family time: turning the phone off on Sundays, and telling colleagues "
            "when they can expect an answer.",
            "Set an evening auto-reply and try it for a month.",
        ),
    ],
}

# Notes to NMF staff in check-ins: (who asks, the note, whether staff have handled it).
SUPPORT_NOTES = [
    (
        "mentee",
        "We met today, but it's the first time in two months; my mentor has cancelled several "
        "calls since their schedule changed. I'm not upset with them. Could someone suggest how "
        "to raise it, or whether I should look for another mentor?",
        True,
    ),
    (
        "mentor",
        "My mentee mentioned that application fees and interview travel are weighing on them. "
        "Does NMF have scholarships or other support I can point them to?",
        True,
    ),
    (
        "mentor",
        "My mentee described a pattern of comments from a supervisor that sounds like harassment. "
        "They don't want to report it yet. How can I support them, and what should they know "
        "about their options?",
        False,
    ),
]

# What people tell NMF staff when a mentorship closes, by role and by how it went.
FEEDBACK_COMMENTS = {
    "mentee": {
        "good": [
            "My mentor made time for me every month, even in a hard year on their side. I matched "
            "at my first choice.",
            "Practical, honest advice. I wouldn't have known what to ask without this.",
            "Having a mentor who came from a background like mine made the plan feel possible.",
            "The agreement at the start kept us focused. Thank you for the match.",
            "I came in unsure of my specialty and left with a plan, a research project and a "
            "letter writer.",
        ],
        "mixed": [
            "Helpful when we met, but we met less often than we planned. A note from NMF in the "
            "second month might have kept us on track.",
            "Good advice about careers in general; I needed more help with my own field.",
            "Our schedules rarely lined up. What we did talk about was useful.",
        ],
        "poor": [
            "We never found a rhythm. No hard feelings; I'd try again with a mentor in my time "
            "zone.",
            "I needed help with applications and my mentor's strength is practice management. "
            "Maybe ask about goals more closely before matching.",
            "It felt like my mentor had too much on. I stopped asking for calls.",
        ],
    },
    "mentor": {
        "good": [
            "A pleasure. Came prepared, followed through, and taught me a thing or two.",
            "We reached what we set out to do. I'd happily mentor another student from this "
            "school.",
            "Writing the agreement first made a real difference: we both knew what we were "
            "working on.",
            "My mentee is going to be an excellent clinician. Glad to have played a small part.",
        ],
        "mixed": [
            "My mentee's schedule changed a lot this year; we did our best. Worth matching "
            "mentees with mentors in their own field where possible.",
            "Good conversations, but I think my mentee needed someone further along the "
            "application process than I can offer.",
            "I'd like a short guide from NMF on what mentees usually ask for in the first call.",
        ],
        "poor": [
            "We lost touch after the second call and my messages went unanswered. I hope they're "
            "all right; could NMF check in with them?",
            "Not the right fit: they needed someone in research, which is not my strength.",
        ],
    },
}
