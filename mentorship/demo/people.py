"""Demo people for the mentorship section: council members and volunteer mentors.

Everyone here is fictional: names, careers and biographies are invented for the demo, and any
resemblance to a real person is a coincidence. Schools and institutions are real, named only so
the profiles read like real ones. No email addresses or phone numbers appear here.
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
