"""Demo events for the Hub's calendar, with extra hosts and speakers, in English and Spanish.

Dates are relative to the day the demo is loaded; the English and Spanish text of each event has
the same blocks in the same order so the two versions can be paired. Everyone named is fictional.
"""

PEOPLE = [
    {
        "key": "tiffany-ogunleye",
        "name": "Tiffany Ogunleye",
        "credentials": "MPA",
        "en": {
            "bio": (
                "Tiffany Ogunleye is NMF’s director of alumni relations and the staff liaison to "
                "the National Alumni Council. She spent ten years in community health outreach "
                "before joining NMF, and now works to find alumni who never knew NMF supported "
                "them and bring them back into the network. She hosts many of the Hub’s networking "
                "hours and regional gatherings."
            ),
        },
        "es": {
            "bio": (
                "Tiffany Ogunleye es directora de relaciones con exalumnos de NMF y enlace del "
                "personal con el Consejo Nacional de Exalumnos. Trabajó diez años en programas "
                "comunitarios de salud antes de llegar a NMF, y hoy se dedica a encontrar a "
                "exalumnos que nunca supieron que NMF los apoyó y a reincorporarlos a la red. "
                "Conduce muchas de las horas de networking y de los encuentros regionales del Hub."
            ),
        },
    },
    {
        "key": "gloria-benavides",
        "name": "Dr. Gloria Benavides",
        "credentials": "MD, MPH",
        "en": {
            "bio": (
                "Gloria Benavides chairs NMF’s National Alumni Council. She is a family physician "
                "and public-health researcher in San Antonio, Texas, where she studies diabetes "
                "prevention in border communities, and she received an NMF scholarship as a "
                "medical student. She mentors students and residents who want careers in community "
                "and public service."
            ),
        },
        "es": {
            "bio": (
                "Gloria Benavides preside el Consejo Nacional de Exalumnos de NMF. Es médica de "
                "familia e investigadora en salud pública en San Antonio, Texas, donde estudia la "
                "prevención de la diabetes en comunidades fronterizas, y recibió una beca de NMF "
                "cuando estudiaba medicina. Es mentora de estudiantes y residentes que quieren "
                "dedicar su carrera al servicio comunitario y público."
            ),
        },
    },
    {
        "key": "brianna-adebayo",
        "name": "Dr. Brianna Adebayo",
        "credentials": "MD",
        "en": {
            "bio": (
                "Brianna Adebayo is a pediatrics resident in Philadelphia and chairs NMF’s Young "
                "Leaders Council. The first in her family to graduate from college, she was an NMF "
                "scholar in medical school and now organizes the council’s events for students and "
                "residents. She cares about making training more humane, and about children’s "
                "health policy."
            ),
        },
        "es": {
            "bio": (
                "Brianna Adebayo es residente de pediatría en Filadelfia y preside el Consejo de "
                "Jóvenes Líderes de NMF. Fue la primera de su familia en graduarse de la "
                "universidad y recibió una beca de NMF durante la carrera de medicina; hoy "
                "organiza los eventos del consejo para estudiantes y residentes. Le importa que la "
                "formación médica sea más humana, y también las políticas de salud infantil."
            ),
        },
    },
    {
        "key": "adrienne-okafor",
        "name": "Dr. Adrienne Okafor",
        "credentials": "MD, MHA",
        "en": {
            "bio": (
                "Adrienne Okafor is chief diversity officer of a nonprofit health system with "
                "hospitals in several states. She practiced emergency medicine for twelve years "
                "before moving into leadership, and now oversees programs on equitable hiring, "
                "language access and the reporting of bias. She speaks plainly about what "
                "institutions owe their staff, and about what individuals can do in the meantime."
            ),
        },
        "es": {
            "bio": (
                "Adrienne Okafor es directora de diversidad de un sistema de salud sin fines de "
                "lucro con hospitales en varios estados. Ejerció medicina de urgencias durante "
                "doce años antes de pasar a la gestión, y hoy dirige programas de contratación "
                "equitativa, acceso lingüístico y denuncia de sesgos. Habla con franqueza de lo "
                "que las instituciones les deben a su personal y de lo que cada persona puede "
                "hacer mientras tanto."
            ),
        },
    },
]

EVENTS = [
    {
        "slug": "mentor-orientation-new-volunteers",
        "days_from_today": 4,
        "start": "12:00",
        "minutes": 60,
        "zone": "America/New_York",
        "format": "online",
        "location": None,
        "topic": None,
        "specialties": [],
        "host": "tiffany-ogunleye",
        "speakers": [
            "leona-whitehorse",
        ],
        "capacity": None,
        "registration_open": True,
        "recording": False,
        "materials": [],
        "en": {
            "title": "Mentor orientation: getting started as a volunteer mentor",
            "introduction": (
                "An hour for new and prospective volunteer mentors: what the volunteer protocol "
                "asks of you, how to choose your capacity, and how agreements and check-ins work "
                "on the Hub."
            ),
            "body": [
                (
                    "heading",
                    {
                        "text": "Who it is for",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>This orientation is for members who have just created a mentor profile "
                        "on the Hub, and for anyone still deciding whether to volunteer. You do "
                        "not need to have mentored formally before. Residents and early-career "
                        "clinicians are as welcome as senior clinicians: many students want to "
                        "hear from someone only a few years ahead of them.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "What we will cover",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<ul><li><b>The volunteer protocol.</b> What every mentor accepts before "
                        "appearing in the directory: responsibilities, the code of conduct, "
                        "confidentiality, and the limits of the role, including when to point a "
                        "mentee to professional help.</li><li><b>Choosing your capacity.</b> How "
                        "many mentees to take on and how often to meet. Choose a number you can "
                        "keep in a hard week, not a good one; when life gets busy, you can pause "
                        "new requests.</li><li><b>Answering requests.</b> The protocol asks you to "
                        "accept or decline within 10 days, and a short, kind no lets the member "
                        "ask someone else sooner.</li><li><b>The first conversation.</b> Agreeing "
                        "on goals, how often you will meet and how you will keep in touch, and "
                        "confirming that agreement on the Hub.</li><li><b>Check-ins.</b> A short "
                        "note after each conversation that you both can read, and how either of "
                        "you can ask NMF’s Mentorship Program Staff for support "
                        "privately.</li></ul><p>Dr. Leona Whitehorse shares what she has learned "
                        "from years of mentoring, and Tiffany Ogunleye answers your questions.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "How to prepare",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Read the volunteer protocol on the Volunteer with NMF page, and draft "
                        "or review your mentor profile. Bring one situation you are unsure about, "
                        "such as a mentee who stops replying.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Accessibility and practical details",
                        "items": [
                            {
                                "question": "Will there be captions?",
                                "answer": (
                                    "<p>Yes, live captions in English. If you need ASL "
                                    "interpretation or another accommodation, write to "
                                    "events@hub.example.org at least a week before the session.</p>"
                                ),
                            },
                            {
                                "question": "Is the session recorded?",
                                "answer": (
                                    "<p>The presentation is recorded and posted on this page "
                                    "within a week. The questions at the end are not recorded, so "
                                    "you can ask freely.</p>"
                                ),
                            },
                            {
                                "question": "How do I join?",
                                "answer": (
                                    "<p>Register on this page. The join link appears here for "
                                    "signed-in members 30 minutes before the start, and you can "
                                    "add the session to your calendar.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        "es": {
            "title": "Orientación para mentores: cómo empezar como mentor voluntario",
            "introduction": (
                "Una hora para mentores voluntarios nuevos y para quienes están pensando en serlo: "
                "lo que le pide el protocolo de voluntariado, cómo elegir su capacidad y cómo "
                "funcionan los acuerdos y las notas de seguimiento en el Hub."
            ),
            "body": [
                (
                    "heading",
                    {
                        "text": "Para quién es",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Esta orientación es para los miembros que acaban de crear su perfil de "
                        "mentor en el Hub y para quienes todavía están decidiendo si ofrecerse "
                        "como voluntarios. No necesita haber sido mentor de manera formal. Los "
                        "residentes y los profesionales clínicos en sus primeros años son tan "
                        "bienvenidos como los de mayor trayectoria: muchos estudiantes quieren "
                        "escuchar a alguien que va solo unos pocos años por delante.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Qué veremos",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<ul><li><b>El protocolo de voluntariado.</b> Lo que todo mentor acepta "
                        "antes de aparecer en el directorio: responsabilidades, código de "
                        "conducta, confidencialidad y los límites de su función, incluido cuándo "
                        "orientar a un aprendiz hacia ayuda profesional.</li><li><b>Cómo elegir su "
                        "capacidad.</b> Cuántos aprendices aceptar y con qué frecuencia reunirse. "
                        "Elija un número que pueda sostener en una semana difícil, no en una "
                        "buena; cuando tenga mucho trabajo, puede pausar las solicitudes "
                        "nuevas.</li><li><b>Cómo responder a las solicitudes.</b> El protocolo le "
                        "pide aceptar o rechazar en un plazo de 10 días, y un no breve y amable "
                        "permite que la persona busque a otro mentor cuanto antes.</li><li><b>La "
                        "primera conversación.</b> Cómo acordar los objetivos, la frecuencia de "
                        "las reuniones y la forma de mantenerse en contacto, y cómo confirmar ese "
                        "acuerdo en el Hub.</li><li><b>Las notas de seguimiento.</b> Una nota "
                        "breve después de cada conversación que ambos pueden leer, y cómo "
                        "cualquiera de los dos puede pedir apoyo en privado al personal del "
                        "Programa de Mentoría de NMF.</li></ul><p>La Dra. Leona Whitehorse "
                        "comparte lo que ha aprendido en años como mentora, y Tiffany Ogunleye "
                        "responde sus preguntas.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Cómo prepararse",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Lea el protocolo de voluntariado en la página Voluntariado con NMF y "
                        "redacte o revise su perfil de mentor. Traiga una situación que le genere "
                        "dudas, por ejemplo un aprendiz que deja de responder.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Accesibilidad y detalles prácticos",
                        "items": [
                            {
                                "question": "¿Habrá subtítulos?",
                                "answer": (
                                    "<p>Sí, subtítulos en vivo en inglés. Si necesita "
                                    "interpretación en lengua de señas americana (ASL) u otra "
                                    "adaptación, escriba a events@hub.example.org al menos una "
                                    "semana antes de la sesión.</p>"
                                ),
                            },
                            {
                                "question": "¿Se grabará la sesión?",
                                "answer": (
                                    "<p>La presentación se graba y se publica en esta página en el "
                                    "plazo de una semana. Las preguntas del final no se graban, "
                                    "para que pueda preguntar con libertad.</p>"
                                ),
                            },
                            {
                                "question": "¿Cómo me conecto?",
                                "answer": (
                                    "<p>Inscríbase en esta página. El enlace para conectarse "
                                    "aparece aquí para los miembros que hayan iniciado sesión 30 "
                                    "minutos antes del comienzo, y puede agregar la sesión a su "
                                    "calendario.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    },
    {
        "slug": "surgery-residents-networking-hour",
        "days_from_today": 9,
        "start": "20:00",
        "minutes": 60,
        "zone": "America/New_York",
        "format": "online",
        "location": None,
        "topic": None,
        "specialties": [
            "general-surgery",
            "orthopaedic-surgery",
            "otolaryngology",
            "urology",
        ],
        "host": "brianna-adebayo",
        "speakers": [],
        "capacity": 40,
        "registration_open": True,
        "recording": False,
        "materials": [],
        "en": {
            "title": "Surgery residents networking hour",
            "introduction": (
                "An evening hour for residents and fellows in surgical specialties to meet peers "
                "from other programs, compare notes on training and talk with alumni surgeons who "
                "volunteer as mentors."
            ),
            "body": [
                (
                    "heading",
                    {
                        "text": "Who it is for",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Residents and fellows in general surgery, orthopaedic surgery, "
                        "otolaryngology, urology and other surgical fields. Medical students who "
                        "are applying into a surgical specialty are welcome too. If you are often "
                        "the only Black, Latino, Indigenous or Asian American resident in your "
                        "program, or one of very few, this hour is for you.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "How the hour works",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<ul><li><b>Welcome (10 minutes).</b> A quick round of introductions in "
                        "the main room.</li><li><b>Two small-group rounds (15 minutes each).</b> "
                        "Breakout rooms of four or five people, with one prompt each round, such "
                        "as: what do you wish someone had told you before your intern year, or how "
                        "do you get more time in the operating room.</li><li><b>Open room with "
                        "alumni (20 minutes).</b> Surgeons from NMF’s alumni network join to "
                        "answer questions about fellowship, research years, family life and the "
                        "job market, and to tell you how to request them as "
                        "mentors.</li></ul><p>Places are limited to 40 so that the breakout rooms "
                        "stay small. If the hour is full, join the waiting list: when a place "
                        "frees up, the first person waiting gets it automatically and receives an "
                        "email.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "I spent the first ten minutes thinking I was too tired to be there. "
                            "By the end I had two new people to call before my boards."
                        ),
                        "attribution": "A general surgery resident",
                        "role": "At an earlier networking hour",
                    },
                ),
                (
                    "heading",
                    {
                        "text": "How to prepare",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Have a 30-second introduction ready: your name, program, year of "
                        "training and one thing you would like to talk about. Cameras are "
                        "encouraged but not required, and scrubs are welcome. If you are called "
                        "away, leave without apology; we know what call looks like.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Accessibility and practical details",
                        "items": [
                            {
                                "question": "Will there be captions?",
                                "answer": (
                                    "<p>Yes, live captions in English in the main room and in "
                                    "every breakout room. For other accommodations, write to "
                                    "events@hub.example.org a week ahead.</p>"
                                ),
                            },
                            {
                                "question": "Is it recorded?",
                                "answer": (
                                    "<p>No. Networking hours are not recorded, so people can speak "
                                    "openly. Please do not take screenshots of other participants "
                                    "without asking them first.</p>"
                                ),
                            },
                            {
                                "question": "What if I can no longer come?",
                                "answer": (
                                    "<p>Cancel your registration on this page, even at the last "
                                    "minute. Your place goes straight to the next resident on the "
                                    "waiting list.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        "es": {
            "title": "Hora de networking para residentes de cirugía",
            "introduction": (
                "Una hora por la noche para que residentes y fellows de especialidades quirúrgicas "
                "conozcan a colegas de otros programas, comparen experiencias de formación y "
                "conversen con cirujanos exalumnos que son mentores voluntarios."
            ),
            "body": [
                (
                    "heading",
                    {
                        "text": "Para quién es",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Residentes y fellows de cirugía general, cirugía ortopédica, "
                        "otorrinolaringología, urología y otras especialidades quirúrgicas. "
                        "También son bienvenidos los estudiantes de medicina que están postulando "
                        "a una especialidad quirúrgica. Si con frecuencia usted es el único "
                        "residente negro, latino, indígena o asiático-americano de su programa, o "
                        "uno de muy pocos, esta hora es para usted.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Cómo funciona la hora",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<ul><li><b>Bienvenida (10 minutos).</b> Una ronda breve de presentaciones "
                        "en la sala principal.</li><li><b>Dos rondas en grupos pequeños (15 "
                        "minutos cada una).</b> Salas de cuatro o cinco personas, con una pregunta "
                        "por ronda, por ejemplo: qué le habría gustado saber antes de su primer "
                        "año de residencia, o cómo conseguir más tiempo en el "
                        "quirófano.</li><li><b>Sala abierta con exalumnos (20 minutos).</b> "
                        "Cirujanos de la red de exalumnos de NMF se suman para responder preguntas "
                        "sobre fellowships, años de investigación, vida familiar y el mercado "
                        "laboral, y para explicarle cómo solicitarlos como "
                        "mentores.</li></ul><p>Los lugares se limitan a 40 para que los grupos "
                        "sigan siendo pequeños. Si la hora está completa, anótese en la lista de "
                        "espera: cuando se libera un lugar, la primera persona en espera lo recibe "
                        "automáticamente y se le avisa por correo electrónico.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Pasé los primeros diez minutos pensando que estaba demasiado cansada "
                            "para estar ahí. Al final tenía a dos personas nuevas a quienes llamar "
                            "antes de mis exámenes de certificación."
                        ),
                        "attribution": "Una residente de cirugía general",
                        "role": "En una hora de networking anterior",
                    },
                ),
                (
                    "heading",
                    {
                        "text": "Cómo prepararse",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Tenga lista una presentación de 30 segundos: su nombre, su programa, "
                        "su año de formación y un tema del que le gustaría hablar. Le animamos a "
                        "encender la cámara, pero no es obligatorio, y puede venir en uniforme "
                        "quirúrgico. Si lo llaman, retírese sin disculparse: sabemos cómo son las "
                        "guardias.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Accesibilidad y detalles prácticos",
                        "items": [
                            {
                                "question": "¿Habrá subtítulos?",
                                "answer": (
                                    "<p>Sí, subtítulos en vivo en inglés en la sala principal y en "
                                    "todas las salas pequeñas. Para otras adaptaciones, escriba a "
                                    "events@hub.example.org con una semana de anticipación.</p>"
                                ),
                            },
                            {
                                "question": "¿Se graba?",
                                "answer": (
                                    "<p>No. Las horas de networking no se graban, para que todos "
                                    "puedan hablar con franqueza. Por favor, no tome capturas de "
                                    "pantalla de otras personas sin pedirles permiso antes.</p>"
                                ),
                            },
                            {
                                "question": "¿Y si al final no puedo asistir?",
                                "answer": (
                                    "<p>Cancele su inscripción en esta página, aunque sea a último "
                                    "momento. Su lugar pasa de inmediato al siguiente residente de "
                                    "la lista de espera.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    },
    {
        "slug": "contract-negotiation-clinic-small-group",
        "days_from_today": 14,
        "start": "18:30",
        "minutes": 90,
        "zone": "America/Chicago",
        "format": "online",
        "location": None,
        "topic": "business-of-doctoring",
        "specialties": [],
        "host": "renee-baptiste",
        "speakers": [
            "adrienne-okafor",
        ],
        "capacity": 12,
        "registration_open": True,
        "recording": False,
        "materials": [],
        "en": {
            "title": "Contract negotiation clinic: small-group practice",
            "introduction": (
                "Twelve places, ninety minutes, and a lot of practice: rehearse a real negotiation "
                "conversation in pairs, with feedback from a former medical director and a "
                "health-system executive."
            ),
            "body": [
                (
                    "heading",
                    {
                        "text": "Who it is for",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Residents, fellows and early-career clinicians who have a job offer in "
                        "hand, or expect one within the year. All health professions are welcome: "
                        "the conversation is much the same. The clinic is limited to 12 people so "
                        "that everyone practices more than once. If it is full, join the waiting "
                        "list; when a place frees up, the first person waiting gets it "
                        "automatically and receives an email.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "What you will do",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<ol><li><b>A short refresher.</b> Dr. Renée Baptiste reviews what is "
                        "usually negotiable: base salary and how productivity pay is calculated, "
                        "signing and relocation bonuses, loan repayment assistance, call schedule, "
                        "CME funds and who pays for malpractice tail coverage.</li><li><b>Practice "
                        "in pairs.</b> You take turns as candidate and employer, using scenarios "
                        "written for the clinic. Dr. Adrienne Okafor, who has sat on many hiring "
                        "committees, explains what the other side of the table hears when you "
                        "ask.</li><li><b>Your own plan.</b> You leave with a one-page plan for "
                        "your next conversation: your three most important asks, what you can "
                        "offer in return, and the words you will use to open.</li></ol>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "How to prepare",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>If you can, complete the Hub courses <i>Reading a physician employment "
                        "contract</i> and <i>Negotiating your first offer</i> first. Bring a list "
                        "of your priorities and, if you have one, the range of offers you have "
                        "seen. Please do not share real contracts or name employers; ranges are "
                        "enough.</p><p>This clinic is general education, not legal advice. Before "
                        "you sign, have your contract reviewed by an attorney who works with "
                        "health-care employment agreements.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Accessibility and practical details",
                        "items": [
                            {
                                "question": "Will there be captions?",
                                "answer": (
                                    "<p>Yes, live captions in English in every room. For other "
                                    "accommodations, write to events@hub.example.org a week "
                                    "ahead.</p>"
                                ),
                            },
                            {
                                "question": "Is the clinic recorded?",
                                "answer": (
                                    "<p>No. Practice works best when people can stumble, so "
                                    "nothing is recorded.</p>"
                                ),
                            },
                            {
                                "question": "What if I can no longer come?",
                                "answer": (
                                    "<p>Please cancel on this page as soon as you know. With only "
                                    "12 places, every cancellation gives someone on the waiting "
                                    "list a turn.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        "es": {
            "title": "Clínica de negociación de contratos: práctica en grupo pequeño",
            "introduction": (
                "Doce lugares, noventa minutos y mucha práctica: ensaye en parejas una "
                "conversación de negociación real, con comentarios de una exdirectora médica y de "
                "una ejecutiva de un sistema de salud."
            ),
            "body": [
                (
                    "heading",
                    {
                        "text": "Para quién es",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Residentes, fellows y profesionales clínicos en sus primeros años que "
                        "ya tienen una oferta de trabajo o esperan recibirla durante el año. Son "
                        "bienvenidas todas las profesiones de la salud: la conversación es muy "
                        "parecida. La clínica se limita a 12 personas para que todos practiquen "
                        "más de una vez. Si está completa, anótese en la lista de espera; cuando "
                        "se libera un lugar, la primera persona en espera lo recibe "
                        "automáticamente y se le avisa por correo electrónico.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Qué hará",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<ol><li><b>Un repaso breve.</b> La Dra. Renée Baptiste repasa lo que "
                        "suele ser negociable: el salario base y cómo se calcula el pago por "
                        "productividad, los bonos de firma y de mudanza, la ayuda para pagar "
                        "préstamos, el calendario de guardias, los fondos para educación médica "
                        "continua (CME) y quién paga la cobertura de cola (tail coverage) del "
                        "seguro de responsabilidad profesional.</li><li><b>Práctica en "
                        "parejas.</b> Usted alterna los papeles de candidato y empleador con casos "
                        "escritos para la clínica. La Dra. Adrienne Okafor, que ha formado parte "
                        "de muchos comités de contratación, explica lo que escucha el otro lado de "
                        "la mesa cuando usted pide algo.</li><li><b>Su propio plan.</b> Se lleva "
                        "un plan de una página para su próxima conversación: sus tres pedidos más "
                        "importantes, lo que puede ofrecer a cambio y las palabras con las que "
                        "abrirá la conversación.</li></ol>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Cómo prepararse",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Si puede, complete antes los cursos del Hub <i>Cómo leer un contrato "
                        "de trabajo médico</i> y <i>Cómo negociar su primera oferta de "
                        "trabajo</i>. Traiga una lista de sus prioridades y, si la tiene, la gama "
                        "de ofertas que ha visto. Por favor, no comparta contratos reales ni "
                        "nombre a empleadores; bastan los rangos.</p><p>Esta clínica es educación "
                        "general, no asesoría legal. Antes de firmar, pida a un abogado con "
                        "experiencia en contratos de empleo en el sector de la salud que revise su "
                        "contrato.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Accesibilidad y detalles prácticos",
                        "items": [
                            {
                                "question": "¿Habrá subtítulos?",
                                "answer": (
                                    "<p>Sí, subtítulos en vivo en inglés en todas las salas. Para "
                                    "otras adaptaciones, escriba a events@hub.example.org con una "
                                    "semana de anticipación.</p>"
                                ),
                            },
                            {
                                "question": "¿Se graba la clínica?",
                                "answer": (
                                    "<p>No. La práctica funciona mejor cuando uno puede "
                                    "equivocarse, así que no se graba nada.</p>"
                                ),
                            },
                            {
                                "question": "¿Y si al final no puedo asistir?",
                                "answer": (
                                    "<p>Cancele en esta página en cuanto lo sepa. Con solo 12 "
                                    "lugares, cada cancelación le da un turno a alguien de la "
                                    "lista de espera.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    },
    {
        "slug": "charla-en-espanol-ahorro-para-la-jubilacion",
        "days_from_today": 19,
        "start": "19:00",
        "minutes": 75,
        "zone": "America/Puerto_Rico",
        "format": "online",
        "location": None,
        "topic": "retirement-planning",
        "specialties": [],
        "host": "gloria-benavides",
        "speakers": [
            "tomas-quintero",
        ],
        "capacity": None,
        "registration_open": True,
        "recording": False,
        "materials": [],
        "en": {
            "title": (
                "Charla en español: retirement saving in training and early practice (held in "
                "Spanish)"
            ),
            "introduction": (
                "A conversation in Spanish about starting to save for retirement while you train "
                "and in your first years of practice: workplace plans, the Roth IRA, the employer "
                "match and helping family."
            ),
            "body": [
                (
                    "heading",
                    {
                        "text": "A session held in Spanish",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>This talk is held entirely in Spanish, for members who prefer to talk "
                        "about money in Spanish or who want to explain these ideas to their "
                        "families. It starts at 7:00 p.m. Puerto Rico time (Atlantic time); this "
                        "page also shows the time where you are. Dr. Gloria Benavides moderates, "
                        "and Dr. Tomás Quintero presents.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "What you will learn",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<ul><li><b>Workplace plans.</b> How a 403(b), 401(k) or 457(b) works, the "
                        "difference between pre-tax and Roth contributions, and why the employer "
                        "match is part of your pay.</li><li><b>The Roth IRA.</b> An individual "
                        "account that many trainees use while their income is lower. Contribution "
                        "and income limits change every year, so confirm the current figures on <a "
                        'href="https://www.irs.gov/">irs.gov</a>.</li><li><b>Saving when money is '
                        "tight.</b> Starting with a small percentage, raising it with each raise, "
                        "and weighing saving against your loans and an emergency "
                        "fund.</li><li><b>Family.</b> Helping parents or siblings financially "
                        "without giving up your own future.</li><li><b>Puerto Rico.</b> If you "
                        "live and work in Puerto Rico, your taxes and retirement accounts follow "
                        "Puerto Rico’s own rules. Dr. Quintero will point out where things differ; "
                        "confirm the details with a qualified local adviser.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "How to prepare",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>If you have a job with benefits, find the summary of your retirement "
                        "plan in your benefits portal and note three things: whether there is a "
                        "match, how long until the match is yours to keep (vesting), and whether "
                        "there is a Roth option. For a head start, take the Hub course "
                        "<i>Retirement saving in training: 403(b), 457(b), Roth and the employer "
                        "match</i>, available in both languages.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Accessibility and practical details",
                        "items": [
                            {
                                "question": "What captions are available?",
                                "answer": (
                                    "<p>Live captions in Spanish and in English. For other "
                                    "accommodations, write to events@hub.example.org a week "
                                    "ahead.</p>"
                                ),
                            },
                            {
                                "question": "Is it recorded?",
                                "answer": (
                                    "<p>Yes. The recording, in Spanish with captions in both "
                                    "languages, is posted on this page within a week.</p>"
                                ),
                            },
                            {
                                "question": "Can I ask about my own accounts?",
                                "answer": (
                                    "<p>No. This session is general education, not individual "
                                    "financial or tax advice. For decisions about your own money, "
                                    "consider a fee-only fiduciary adviser, and check any "
                                    "adviser’s background on <a "
                                    'href="https://www.investor.gov/">investor.gov</a>.</p>'
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        "es": {
            "title": (
                "Charla en español: ahorrar para la jubilación en la formación y los primeros años "
                "de práctica"
            ),
            "introduction": (
                "Una conversación en español sobre cómo empezar a ahorrar para la jubilación "
                "durante la formación y los primeros años de práctica: los planes del trabajo, la "
                "Roth IRA, el aporte del empleador y la ayuda a la familia."
            ),
            "body": [
                (
                    "heading",
                    {
                        "text": "Una sesión en español",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Esta charla se realiza completamente en español, para los miembros que "
                        "prefieren hablar de dinero en español o que quieren explicar estas ideas "
                        "a su familia. Comienza a las 7:00 p. m., hora de Puerto Rico (hora del "
                        "Atlántico); esta página también muestra la hora donde usted se encuentra. "
                        "La Dra. Gloria Benavides modera y el Dr. Tomás Quintero presenta.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Qué aprenderá",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<ul><li><b>Los planes del trabajo.</b> Cómo funciona un 403(b), un 401(k) "
                        "o un 457(b), la diferencia entre los aportes antes de impuestos y los "
                        "aportes Roth, y por qué el aporte del empleador (match) es parte de su "
                        "remuneración.</li><li><b>La Roth IRA.</b> Una cuenta individual que "
                        "muchas personas en formación usan mientras sus ingresos son más bajos. "
                        "Los límites de aportes y de ingresos cambian cada año, así que confirme "
                        "las cifras vigentes en <a "
                        'href="https://www.irs.gov/">irs.gov</a>.</li><li><b>Ahorrar con poco '
                        "margen.</b> Empezar con un porcentaje pequeño, aumentarlo con cada "
                        "aumento de sueldo y sopesar el ahorro frente a los préstamos y un fondo "
                        "de emergencia.</li><li><b>La familia.</b> Cómo ayudar económicamente a "
                        "padres o hermanos sin renunciar a su propio futuro.</li><li><b>Puerto "
                        "Rico.</b> Si usted vive y trabaja en Puerto Rico, sus impuestos y sus "
                        "cuentas de retiro siguen las reglas propias de Puerto Rico. El Dr. "
                        "Quintero señalará dónde hay diferencias; confirme los detalles con un "
                        "asesor local calificado.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Cómo prepararse",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Si tiene un trabajo con beneficios, busque el resumen de su plan de "
                        "jubilación en el portal de beneficios y anote tres cosas: si hay aporte "
                        "del empleador, cuánto tiempo debe pasar para que ese aporte sea suyo "
                        "(vesting) y si existe la opción Roth. Para adelantarse, tome el curso del "
                        "Hub <i>Ahorro para la jubilación durante la formación: 403(b), 457(b), "
                        "Roth y el aporte del empleador</i>, disponible en ambos idiomas.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Accesibilidad y detalles prácticos",
                        "items": [
                            {
                                "question": "¿Qué subtítulos hay?",
                                "answer": (
                                    "<p>Subtítulos en vivo en español y en inglés. Para otras "
                                    "adaptaciones, escriba a events@hub.example.org con una semana "
                                    "de anticipación.</p>"
                                ),
                            },
                            {
                                "question": "¿Se graba?",
                                "answer": (
                                    "<p>Sí. La grabación, en español y con subtítulos en ambos "
                                    "idiomas, se publica en esta página en el plazo de una "
                                    "semana.</p>"
                                ),
                            },
                            {
                                "question": "¿Puedo preguntar por mis propias cuentas?",
                                "answer": (
                                    "<p>No. Esta sesión es educación general, no asesoría "
                                    "financiera ni tributaria individual. Para decisiones sobre su "
                                    "propio dinero, considere un asesor fiduciario que cobre solo "
                                    "honorarios, y verifique los antecedentes de cualquier asesor "
                                    'en <a href="https://www.investor.gov/">investor.gov</a>.</p>'
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    },
    {
        "slug": "national-alumni-council-town-hall",
        "days_from_today": 27,
        "start": "18:00",
        "minutes": 90,
        "zone": "America/Chicago",
        "format": "hybrid",
        "location": {
            "en": (
                "Bronzeville Commons Community Room, 4400 South Cottage Grove Avenue, Chicago, IL "
                "60653"
            ),
            "es": (
                "Sala comunitaria de Bronzeville Commons, 4400 South Cottage Grove Avenue, "
                "Chicago, IL 60653"
            ),
        },
        "topic": None,
        "specialties": [],
        "host": "gloria-benavides",
        "speakers": [
            "tiffany-ogunleye",
            "brianna-adebayo",
        ],
        "capacity": None,
        "registration_open": True,
        "recording": False,
        "materials": [],
        "en": {
            "title": "National Alumni Council town hall: the year ahead for the Hub",
            "introduction": (
                "The National Alumni Council’s yearly town hall, in Chicago and online: hear what "
                "the council has worked on, and help decide what the Hub and its events should do "
                "next."
            ),
            "body": [
                (
                    "heading",
                    {
                        "text": "Who it is for",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Every Hub member, at any stage and in any health profession, whether "
                        "you have been involved with NMF for decades or only just learned that NMF "
                        "supported you. Members of the Young Leaders Council join the National "
                        "Alumni Council for the evening, as they do each year. </p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "What will happen",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<ul><li><b>The council’s year.</b> Dr. Gloria Benavides reports on what "
                        "the council advised NMF on this year, including the mentor program and "
                        "the volunteer protocol.</li><li><b>Finding our alumni.</b> More than "
                        "32,000 people are NMF alumni, but NMF has contact details for only about "
                        "15,000. Tiffany Ogunleye explains how you can help reach classmates and "
                        "colleagues.</li><li><b>Your priorities.</b> Small-group conversations, at "
                        "tables in the room and in breakout rooms online, about what the Hub "
                        "should offer next: webinar topics, networking by region or specialty, and "
                        "what would make mentoring easier to ask for.</li><li><b>Serving on a "
                        "council.</b> Dr. Brianna Adebayo and Dr. Benavides explain how to apply "
                        "when the spring call for council members opens.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "How to prepare",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Come with one thing the Hub should do better and one thing it should "
                        "keep doing. You can send a question ahead of time through the form on the "
                        "National Alumni Council’s page; the council will answer as many as it "
                        "can. If you plan to come in person, please register so that we can plan "
                        "seating and food.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Accessibility and practical details",
                        "items": [
                            {
                                "question": "Getting to the venue",
                                "answer": (
                                    "<p>The venue is on Chicago’s South Side, with step-free "
                                    "entry, an accessible restroom and a quiet room. Street "
                                    "parking nearby is limited. A light dinner with vegetarian and "
                                    "halal options is served from 30 minutes before the start.</p>"
                                ),
                            },
                            {
                                "question": "Joining online",
                                "answer": (
                                    "<p>The join link appears on this page for signed-in members "
                                    "30 minutes before the start. A moderator reads online "
                                    "questions aloud alongside those from the room.</p>"
                                ),
                            },
                            {
                                "question": "Captions and recording",
                                "answer": (
                                    "<p>Live captions in English are shown on screens in the room "
                                    "and online. For ASL interpretation or another accommodation, "
                                    "write to events@hub.example.org a week ahead. The "
                                    "presentations are recorded and posted here within a week; the "
                                    "small-group conversations are not.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        "es": {
            "title": "Asamblea abierta del Consejo Nacional de Exalumnos: el próximo año del Hub",
            "introduction": (
                "La asamblea abierta anual del Consejo Nacional de Exalumnos, en Chicago y en "
                "línea: conozca en qué ha trabajado el consejo y ayude a decidir qué deben hacer a "
                "continuación el Hub y sus eventos."
            ),
            "body": [
                (
                    "heading",
                    {
                        "text": "Para quién es",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Para todos los miembros del Hub, de cualquier etapa y profesión de la "
                        "salud, tanto si participa en NMF desde hace décadas como si acaba de "
                        "enterarse de que NMF le apoyó. Los integrantes del Consejo de Jóvenes "
                        "Líderes acompañan esa noche al Consejo Nacional de Exalumnos, como cada "
                        "año.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Qué pasará",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<ul><li><b>El año del consejo.</b> La Dra. Gloria Benavides informa sobre "
                        "los temas en los que el consejo asesoró a NMF este año, entre ellos el "
                        "programa de mentoría y el protocolo de voluntariado.</li><li><b>Encontrar "
                        "a nuestros exalumnos.</b> Más de 32,000 personas son exalumnos de NMF, "
                        "pero NMF solo tiene los datos de contacto de unas 15,000. Tiffany "
                        "Ogunleye explica cómo puede ayudar a encontrar a sus compañeros y "
                        "colegas.</li><li><b>Sus prioridades.</b> Conversaciones en grupos "
                        "pequeños, en mesas en la sala y en salas virtuales en línea, sobre lo que "
                        "el Hub debería ofrecer a continuación: temas para seminarios web, "
                        "networking por región o especialidad, y qué haría más fácil pedir un "
                        "mentor.</li><li><b>Formar parte de un consejo.</b> La Dra. Brianna "
                        "Adebayo y la Dra. Benavides explican cómo postularse cuando se abra la "
                        "convocatoria de primavera para integrar los consejos.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Cómo prepararse",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Venga con una cosa que el Hub debería hacer mejor y otra que debería "
                        "seguir haciendo. Puede enviar una pregunta por adelantado con el "
                        "formulario de la página del Consejo Nacional de Exalumnos; el consejo "
                        "responderá todas las que pueda. Si piensa asistir en persona, inscríbase "
                        "para que podamos planificar los asientos y la comida.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Accesibilidad y detalles prácticos",
                        "items": [
                            {
                                "question": "Cómo llegar al lugar",
                                "answer": (
                                    "<p>El lugar está en el South Side de Chicago, con entrada sin "
                                    "escalones, baño accesible y una sala tranquila. El "
                                    "estacionamiento en la calle es limitado. Se sirve una cena "
                                    "ligera con opciones vegetarianas y halal desde 30 minutos "
                                    "antes del comienzo.</p>"
                                ),
                            },
                            {
                                "question": "Cómo participar en línea",
                                "answer": (
                                    "<p>El enlace para conectarse aparece en esta página para los "
                                    "miembros que hayan iniciado sesión 30 minutos antes del "
                                    "comienzo. Un moderador lee en voz alta las preguntas en línea "
                                    "junto con las de la sala.</p>"
                                ),
                            },
                            {
                                "question": "Subtítulos y grabación",
                                "answer": (
                                    "<p>Hay subtítulos en vivo en inglés en las pantallas de la "
                                    "sala y en línea. Para interpretación en lengua de señas "
                                    "americana (ASL) u otra adaptación, escriba a "
                                    "events@hub.example.org con una semana de anticipación. Las "
                                    "presentaciones se graban y se publican aquí en el plazo de "
                                    "una semana; las conversaciones en grupos pequeños, no.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    },
    {
        "slug": "young-leaders-council-open-session",
        "days_from_today": 38,
        "start": "19:00",
        "minutes": 60,
        "zone": "America/Denver",
        "format": "online",
        "location": None,
        "topic": None,
        "specialties": [],
        "host": "brianna-adebayo",
        "speakers": [],
        "capacity": 80,
        "registration_open": True,
        "recording": False,
        "materials": [],
        "en": {
            "title": "Young Leaders Council open session: what students and residents need next",
            "introduction": (
                "The Young Leaders Council wants to hear from you: an hour of small-group "
                "conversation about where training feels lonely and what the Hub should do about "
                "it."
            ),
            "body": [
                (
                    "heading",
                    {
                        "text": "Who it is for",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Pre-health students, health-professions students, residents, fellows "
                        "and clinicians in their first years of practice. The Young Leaders "
                        "Council is your voice at NMF, and this session is where the council "
                        "listens. No preparation or experience is needed, only your honesty.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "What we will do",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<ol><li><b>Meet the council (10 minutes).</b> Council members introduce "
                        "themselves: medical, pharmacy, nursing, dental, physician assistant and "
                        "public-health students and clinicians from across the "
                        "country.</li><li><b>Small-group conversations (35 minutes).</b> In "
                        "breakout rooms of about eight, each led by a council member, we ask three "
                        "questions: where in training do you feel most alone, what would make you "
                        "more likely to ask for a mentor, and what kind of event would you "
                        "actually make time for.</li><li><b>What happens next (15 minutes).</b> "
                        "Dr. Brianna Adebayo shares what the council heard and how it will take it "
                        "to NMF, and explains how to apply to the council when applications open "
                        "in the spring.</li></ol><p>Places are limited to 80 so that every small "
                        "group has room to talk. If the session is full, join the waiting list: "
                        "the first person waiting gets any place that frees up, automatically.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "How to prepare",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Nothing is required. If you like, note one moment in the past year "
                        "when you wished the Hub, or NMF, had been there for you. After the "
                        "session, the council posts a short written summary of what it heard, "
                        "without names, on its page.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Accessibility and practical details",
                        "items": [
                            {
                                "question": "Will there be captions?",
                                "answer": (
                                    "<p>Yes, live captions in English in every room. One breakout "
                                    "room is held in Spanish for those who prefer it. For other "
                                    "accommodations, write to events@hub.example.org a week "
                                    "ahead.</p>"
                                ),
                            },
                            {
                                "question": "Is it recorded?",
                                "answer": (
                                    "<p>No. The session is not recorded, so you can speak freely. "
                                    "Council members take notes without names.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        "es": {
            "title": (
                "Sesión abierta del Consejo de Jóvenes Líderes: lo que necesitan estudiantes y "
                "residentes"
            ),
            "introduction": (
                "El Consejo de Jóvenes Líderes quiere escucharle: una hora de conversación en "
                "grupos pequeños sobre los momentos de la formación en que uno se siente solo y lo "
                "que el Hub debería hacer al respecto."
            ),
            "body": [
                (
                    "heading",
                    {
                        "text": "Para quién es",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Estudiantes que se preparan para ingresar a una carrera de la salud "
                        "(pre-health), estudiantes de profesiones de la salud, residentes, fellows "
                        "y profesionales clínicos en sus primeros años de práctica. El Consejo de "
                        "Jóvenes Líderes es su voz ante NMF, y en esta sesión el consejo escucha. "
                        "No necesita preparación ni experiencia, solo su franqueza.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Qué haremos",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<ol><li><b>Conozca al consejo (10 minutos).</b> Los integrantes del "
                        "consejo se presentan: estudiantes y profesionales de medicina, farmacia, "
                        "enfermería, odontología, asistencia médica (physician assistant) y salud "
                        "pública de todo el país.</li><li><b>Conversaciones en grupos pequeños (35 "
                        "minutos).</b> En salas de unas ocho personas, cada una dirigida por un "
                        "integrante del consejo, hacemos tres preguntas: en qué momento de la "
                        "formación se siente más solo, qué haría más probable que pidiera un "
                        "mentor y a qué tipo de evento de verdad le haría un lugar en su "
                        "agenda.</li><li><b>Próximos pasos (15 minutos).</b> La Dra. Brianna "
                        "Adebayo comparte lo que escuchó el consejo y cómo lo llevará a NMF, y "
                        "explica cómo postularse al consejo cuando se abra la convocatoria en la "
                        "primavera.</li></ol><p>Los lugares se limitan a 80 para que cada grupo "
                        "pequeño tenga espacio para conversar. Si la sesión está completa, anótese "
                        "en la lista de espera: la primera persona en espera recibe "
                        "automáticamente cualquier lugar que se libere.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Cómo prepararse",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>No hace falta nada. Si quiere, anote un momento del último año en que "
                        "le hubiera gustado que el Hub, o NMF, estuviera presente. Después de la "
                        "sesión, el consejo publica en su página un breve resumen escrito, sin "
                        "nombres, de lo que escuchó.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Accesibilidad y detalles prácticos",
                        "items": [
                            {
                                "question": "¿Habrá subtítulos?",
                                "answer": (
                                    "<p>Sí, subtítulos en vivo en inglés en todas las salas. Una "
                                    "de las salas pequeñas se realiza en español para quienes lo "
                                    "prefieran. Para otras adaptaciones, escriba a "
                                    "events@hub.example.org con una semana de anticipación.</p>"
                                ),
                            },
                            {
                                "question": "¿Se graba?",
                                "answer": (
                                    "<p>No. La sesión no se graba, para que pueda hablar con "
                                    "libertad. Los integrantes del consejo toman notas sin "
                                    "nombres.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    },
    {
        "slug": "saying-no-without-burning-bridges",
        "days_from_today": 61,
        "start": "12:00",
        "minutes": 60,
        "zone": "America/Los_Angeles",
        "format": "online",
        "location": None,
        "topic": "leadership-and-life-essentials",
        "specialties": [],
        "host": "adrienne-okafor",
        "speakers": [
            "samuel-adeyemi",
            "leona-whitehorse",
        ],
        "capacity": 300,
        "registration_open": True,
        "recording": False,
        "materials": [],
        "en": {
            "title": (
                "Saying no without burning bridges: boundaries, invisible work and the minority tax"
            ),
            "introduction": (
                "A lunchtime webinar on the extra, often unpaid work BIPOC clinicians are asked to "
                "take on, and how to decline, negotiate or make it count without damaging "
                "relationships."
            ),
            "body": [
                (
                    "heading",
                    {
                        "text": "Who it is for",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Clinicians and trainees at every stage who are asked to do more than "
                        "their share: join the diversity committee, interpret for a patient, "
                        "mentor every student of color, speak at the event. This extra work is "
                        "sometimes called the <i>minority tax</i>. It is real, it rarely counts in "
                        "promotion decisions, and it adds to burnout.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "What you will learn",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<ul><li>How to notice the invisible work you already do, and what it "
                        "costs you.</li><li>Three questions to ask before saying yes: does it "
                        "serve my goals, is it recognized or paid, and who else could do "
                        "it?</li><li>Words for declining, deferring or negotiating, such as: “I "
                        "can join the committee if the Thursday teaching session comes off my "
                        "schedule.”</li><li>How to make service count by documenting it and "
                        "raising it in evaluations and promotion reviews.</li><li>What health "
                        "systems should do, from Dr. Adrienne Okafor: paying for equity work and "
                        "sharing it fairly.</li><li>From Dr. Samuel Adeyemi: how to tell ordinary "
                        "tiredness from burnout or depression, and when to seek "
                        "help.</li></ul><p>Dr. Leona Whitehorse will also share how she learned to "
                        "say no as a nurse leader without losing the trust of her team.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "How to prepare",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Before the session, list everything you did in the past month outside "
                        "your core clinical or study duties, and bring the list: you will use it "
                        "in a short exercise. The webinar platform allows 300 participants. If the "
                        "session is full, join the waiting list, or watch the recording "
                        "afterwards.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Accessibility and practical details",
                        "items": [
                            {
                                "question": "Captions and recording",
                                "answer": (
                                    "<p>Live captions in English. The webinar is recorded and "
                                    "posted on this page within a week, with captions in English "
                                    "and Spanish.</p>"
                                ),
                            },
                            {
                                "question": "If you are struggling now",
                                "answer": (
                                    "<p>This session is education, not medical care. If you are in "
                                    "crisis or thinking about suicide, call or text the <a "
                                    'href="https://988lifeline.org/">988 Suicide &amp; Crisis '
                                    "Lifeline</a>, which is free and open 24 hours a day. If "
                                    "anyone is in immediate danger, call 911.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        "es": {
            "title": (
                "Decir que no sin romper puentes: límites, trabajo invisible y el “impuesto a las "
                "minorías”"
            ),
            "introduction": (
                "Un seminario web a la hora del almuerzo sobre el trabajo adicional, a menudo no "
                "remunerado, que se pide a los profesionales clínicos BIPOC, y cómo rechazarlo, "
                "negociarlo o hacer que cuente sin dañar las relaciones."
            ),
            "body": [
                (
                    "heading",
                    {
                        "text": "Para quién es",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Profesionales clínicos y personas en formación de cualquier etapa a "
                        "quienes se les pide más de lo que les corresponde: integrar el comité de "
                        "diversidad, interpretar para un paciente, ser mentor de cada estudiante "
                        "de color, hablar en el evento. A este trabajo adicional a veces se le "
                        "llama <i>impuesto a las minorías</i> (minority tax). Es real, casi nunca "
                        "cuenta en las decisiones de ascenso y contribuye al agotamiento "
                        "profesional.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Qué aprenderá",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<ul><li>Cómo reconocer el trabajo invisible que ya hace y lo que le "
                        "cuesta.</li><li>Tres preguntas antes de decir que sí: ¿sirve a mis "
                        "objetivos?, ¿se reconoce o se paga?, ¿quién más podría "
                        "hacerlo?</li><li>Frases para rechazar, posponer o negociar, por ejemplo: "
                        "“Puedo sumarme al comité si me quitan la sesión docente de los "
                        "jueves”.</li><li>Cómo hacer que ese servicio cuente: documentarlo y "
                        "mencionarlo en sus evaluaciones y en las revisiones para un "
                        "ascenso.</li><li>Lo que deberían hacer los sistemas de salud, según la "
                        "Dra. Adrienne Okafor: pagar el trabajo de equidad y repartirlo de forma "
                        "justa.</li><li>Del Dr. Samuel Adeyemi: cómo distinguir el cansancio común "
                        "del agotamiento profesional o la depresión, y cuándo buscar "
                        "ayuda.</li></ul><p>La Dra. Leona Whitehorse también contará cómo aprendió "
                        "a decir que no como líder de enfermería sin perder la confianza de su "
                        "equipo.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Cómo prepararse",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Antes de la sesión, haga una lista de todo lo que hizo el último mes "
                        "fuera de sus tareas clínicas o de estudio principales, y tráigala: la "
                        "usará en un ejercicio breve. La plataforma del seminario admite 300 "
                        "participantes. Si la sesión está completa, anótese en la lista de espera "
                        "o vea la grabación después.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Accesibilidad y detalles prácticos",
                        "items": [
                            {
                                "question": "Subtítulos y grabación",
                                "answer": (
                                    "<p>Subtítulos en vivo en inglés. El seminario se graba y se "
                                    "publica en esta página en el plazo de una semana, con "
                                    "subtítulos en inglés y en español.</p>"
                                ),
                            },
                            {
                                "question": "Si hoy lo está pasando mal",
                                "answer": (
                                    "<p>Esta sesión es educativa, no atención médica. Si está en "
                                    "crisis o tiene pensamientos suicidas, llame o envíe un "
                                    'mensaje de texto a la <a href="https://988lifeline.org/">988 '
                                    "Suicide &amp; Crisis Lifeline</a>, que es gratuita, atiende "
                                    "en español y está disponible las 24 horas. Si alguien corre "
                                    "peligro inmediato, llame al 911.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    },
    {
        "slug": "student-loans-pslf-and-the-new-repayment-plan",
        "days_from_today": -12,
        "start": "19:00",
        "minutes": 60,
        "zone": "America/New_York",
        "format": "online",
        "location": None,
        "topic": "debt-management",
        "specialties": [],
        "host": "brianna-adebayo",
        "speakers": [
            "tomas-quintero",
        ],
        "capacity": None,
        "registration_open": True,
        "recording": True,
        "materials": [
            {
                "resource": "student-loan-inventory",
                "en": "Student loan inventory worksheet",
                "es": "Hoja de inventario de préstamos estudiantiles",
            },
            {
                "url": (
                    "https://studentaid.gov/manage-loans/forgiveness-cancellation/public-service"
                ),
                "en": "Public Service Loan Forgiveness on Federal Student Aid",
                "es": "Public Service Loan Forgiveness (PSLF) en Federal Student Aid",
            },
        ],
        "en": {
            "title": "Student loans in 2026: PSLF, the new repayment plan and what to do now",
            "introduction": (
                "A webinar for residents and early-career clinicians on federal student loans as "
                "the rules change: Public Service Loan Forgiveness, the new Repayment Assistance "
                "Plan and the records that protect you."
            ),
            "body": [
                (
                    "heading",
                    {
                        "text": "Who it was for",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Residents, fellows and early-career clinicians with federal student "
                        "loans, especially those working toward Public Service Loan Forgiveness "
                        "(PSLF) at a nonprofit or public employer, and students about to borrow. "
                        "Dr. Brianna Adebayo moderated and Dr. Tomás Quintero presented.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "What we covered",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<ul><li><b>Know what you owe.</b> How to list every loan from your "
                        "studentaid.gov account: type, balance, interest rate, servicer and "
                        "repayment plan.</li><li><b>PSLF basics.</b> Forgiveness of the remaining "
                        "balance on Direct Loans after 120 qualifying monthly payments, made under "
                        "a qualifying repayment plan while working full time for a government or "
                        "qualifying nonprofit employer. Payments made during residency can "
                        "count.</li><li><b>Certify as you go.</b> Use the PSLF Help Tool to "
                        "certify your employment every year and whenever you change "
                        "employers.</li><li><b>What changed.</b> A federal law signed in July 2025 "
                        "adds a new income-driven plan, the Repayment Assistance Plan (RAP), from "
                        "July 2026; closes several older plans, with a transition period; and sets "
                        "new limits on new loans, ending Grad PLUS for new borrowers. Dr. Quintero "
                        "explained how to decide when to change plans.</li></ul>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Your repayment plan is a decision you can revisit. Your records are "
                            "what protect you."
                        ),
                        "attribution": "Dr. Tomás Quintero",
                        "role": "PharmD, CFP",
                    },
                ),
                (
                    "heading",
                    {
                        "text": "After you watch",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Download the loan inventory worksheet below and fill it in from your "
                        'account on <a href="https://studentaid.gov/">studentaid.gov</a>. If you '
                        "are pursuing PSLF, check your count of qualifying payments and certify "
                        "your current employment. As of 2026 the new rules are still being put "
                        "into practice, so confirm anything you plan to act on with your servicer "
                        "and studentaid.gov, and write down the date and what you were told. This "
                        "session was general education, not individual financial advice.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "About the recording",
                        "items": [
                            {
                                "question": "Captions and languages",
                                "answer": (
                                    "<p>The recording has edited captions in English and subtitles "
                                    "in Spanish.</p>"
                                ),
                            },
                            {
                                "question": "What the recording includes",
                                "answer": (
                                    "<p>The full presentation and the question-and-answer period. "
                                    "The names of attendees who asked questions were removed.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        "es": {
            "title": (
                "Préstamos estudiantiles en 2026: PSLF, el nuevo plan de pago y qué hacer ahora"
            ),
            "introduction": (
                "Un seminario web para residentes y profesionales clínicos en sus primeros años "
                "sobre los préstamos estudiantiles federales mientras cambian las reglas: la "
                "condonación por servicio público, el nuevo Plan de Asistencia para el Reembolso y "
                "los registros que le protegen."
            ),
            "body": [
                (
                    "heading",
                    {
                        "text": "Para quién fue",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Residentes, fellows y profesionales en sus primeros años con préstamos "
                        "federales, en especial quienes buscan la Public Service Loan Forgiveness "
                        "(PSLF, condonación de préstamos por servicio público) trabajando para un "
                        "empleador público o sin fines de lucro, y estudiantes que están por pedir "
                        "préstamos. La Dra. Brianna Adebayo moderó y el Dr. Tomás Quintero "
                        "presentó.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Qué vimos",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<ul><li><b>Sepa cuánto debe.</b> Cómo hacer una lista de todos sus "
                        "préstamos desde su cuenta en studentaid.gov: tipo, saldo, tasa de "
                        "interés, administrador del préstamo (servicer) y plan de "
                        "pago.</li><li><b>Lo básico de la PSLF.</b> La condonación del saldo "
                        "restante de los préstamos Direct Loans después de 120 pagos mensuales que "
                        "califican, hechos bajo un plan de pago que califica mientras trabaja a "
                        "tiempo completo para un empleador público o una organización sin fines de "
                        "lucro que califica. Los pagos hechos durante la residencia pueden "
                        "contar.</li><li><b>Certifique sobre la marcha.</b> Use la herramienta de "
                        "ayuda de la PSLF (PSLF Help Tool) para certificar su empleo cada año y "
                        "cada vez que cambie de empleador.</li><li><b>Qué cambió.</b> Una ley "
                        "federal firmada en julio de 2025 agrega un nuevo plan basado en los "
                        "ingresos, el Plan de Asistencia para el Reembolso (RAP, por sus siglas en "
                        "inglés), desde julio de 2026; cierra varios planes anteriores, con un "
                        "período de transición; y fija nuevos límites para los préstamos nuevos, "
                        "con lo que termina el Grad PLUS para nuevos prestatarios. El Dr. Quintero "
                        "explicó cómo decidir cuándo cambiar de plan.</li></ul>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Su plan de pago es una decisión que puede revisar. Lo que le protege "
                            "son sus registros."
                        ),
                        "attribution": "Dr. Tomás Quintero",
                        "role": "PharmD, CFP",
                    },
                ),
                (
                    "heading",
                    {
                        "text": "Después de ver la grabación",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Descargue la hoja de inventario de préstamos que aparece abajo y "
                        "complétela con los datos de su cuenta en <a "
                        'href="https://studentaid.gov/">studentaid.gov</a>. Si busca la PSLF, '
                        "revise cuántos pagos que califican lleva y certifique su empleo actual. "
                        "En 2026 las nuevas reglas todavía se están poniendo en práctica, así que "
                        "confirme con su administrador y en studentaid.gov todo lo que piense "
                        "hacer, y anote la fecha y lo que le dijeron. Esta sesión fue educación "
                        "general, no asesoría financiera individual.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Sobre la grabación",
                        "items": [
                            {
                                "question": "Subtítulos e idiomas",
                                "answer": (
                                    "<p>La grabación tiene subtítulos revisados en inglés y "
                                    "subtítulos en español.</p>"
                                ),
                            },
                            {
                                "question": "Qué incluye la grabación",
                                "answer": (
                                    "<p>La presentación completa y el período de preguntas y "
                                    "respuestas. Se quitaron los nombres de los asistentes que "
                                    "hicieron preguntas.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    },
    {
        "slug": "west-region-alumni-reception-los-angeles",
        "days_from_today": -34,
        "start": "18:00",
        "minutes": 150,
        "zone": "America/Los_Angeles",
        "format": "in_person",
        "location": {
            "en": "Harborview Hall, Sunset Terrace, 1800 South Grand Avenue, Los Angeles, CA 90015",
            "es": "Harborview Hall, terraza Sunset, 1800 South Grand Avenue, Los Ángeles, CA 90015",
        },
        "topic": None,
        "specialties": [],
        "host": "tiffany-ogunleye",
        "speakers": [
            "gloria-benavides",
        ],
        "capacity": None,
        "registration_open": True,
        "recording": False,
        "materials": [],
        "en": {
            "title": "West region alumni hour: reception in Los Angeles",
            "introduction": (
                "An evening reception for NMF scholars and alumni in the western states, with a "
                "mentor corner, a table for alumni who never knew NMF supported them, and plenty "
                "of time to talk."
            ),
            "body": [
                (
                    "heading",
                    {
                        "text": "Who it was for",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>NMF scholars and alumni living in the West: California, Oregon, "
                        "Washington, Nevada, Arizona, Hawaii and beyond. Most Hub events are "
                        "online so that everyone can join. Once or twice a year we also gather in "
                        "person in one region, and this evening in Los Angeles was one of those "
                        "gatherings.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "What happened",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Around 90 alumni and current scholars came, from first-year pharmacy "
                        "students to physicians who received NMF scholarships decades ago. Tiffany "
                        "Ogunleye welcomed everyone, and Dr. Gloria Benavides, chair of the "
                        "National Alumni Council, spoke about why the council wants alumni to find "
                        "one another again.</p><ul><li>At the <b>mentor corner</b>, volunteer "
                        "mentors helped about a dozen members finish their profiles or send their "
                        "first mentorship request.</li><li>At the <b>“Did NMF support you?” "
                        "table</b>, several guests learned for the first time that a scholarship "
                        "in their financial aid package had come from NMF.</li><li>The rest of the "
                        "evening was what a reception should be: conversation, food and "
                        "reunions.</li></ul>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "I drove in from Riverside not knowing anyone. I left with a mentor, a "
                            "study partner and a reason to come back next year."
                        ),
                        "attribution": "A physician assistant student",
                        "role": "Guest at the reception",
                    },
                ),
                (
                    "heading",
                    {
                        "text": "If you missed it",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Add your region to your Hub profile so that we can invite you to the "
                        "next gathering near you, and look for regional networking hours in the "
                        "events calendar. If you would like an alumni reception in your city, tell "
                        "the National Alumni Council through the form on its page.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Practical notes",
                        "items": [
                            {
                                "question": "Was it recorded?",
                                "answer": (
                                    "<p>No. The reception was a social evening and was not "
                                    "recorded or streamed.</p>"
                                ),
                            },
                            {
                                "question": "Photographs",
                                "answer": (
                                    "<p>Photographs were taken only of guests who agreed. Guests "
                                    "who preferred not to be photographed wore a blue lanyard, and "
                                    "none of them appear in NMF’s photos.</p>"
                                ),
                            },
                            {
                                "question": "Accessibility",
                                "answer": (
                                    "<p>The venue had step-free access, seating throughout, a "
                                    "quiet room and accessible restrooms. To tell us what would "
                                    "help you take part in future in-person events, write to "
                                    "events@hub.example.org.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        "es": {
            "title": "Hora de exalumnos de la región Oeste: recepción en Los Ángeles",
            "introduction": (
                "Una recepción nocturna para becarios y exalumnos de NMF de los estados del oeste, "
                "con un rincón de mentores, una mesa para exalumnos que nunca supieron que NMF los "
                "apoyó y mucho tiempo para conversar."
            ),
            "body": [
                (
                    "heading",
                    {
                        "text": "Para quién fue",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Becarios y exalumnos de NMF que viven en el Oeste: California, Oregón, "
                        "Washington, Nevada, Arizona, Hawái y más allá. La mayoría de los eventos "
                        "del Hub son en línea para que todos puedan participar. Una o dos veces al "
                        "año también nos reunimos en persona en una región, y esta noche en Los "
                        "Ángeles fue uno de esos encuentros.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Qué pasó",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Asistieron unos 90 exalumnos y becarios actuales, desde estudiantes de "
                        "primer año de farmacia hasta médicos que recibieron becas de NMF hace "
                        "décadas. Tiffany Ogunleye dio la bienvenida, y la Dra. Gloria Benavides, "
                        "presidenta del Consejo Nacional de Exalumnos, habló de por qué el consejo "
                        "quiere que los exalumnos vuelvan a encontrarse.</p><ul><li>En el "
                        "<b>rincón de mentores</b>, mentores voluntarios ayudaron a una docena de "
                        "miembros a completar su perfil o a enviar su primera solicitud de "
                        "mentoría.</li><li>En la <b>mesa “¿Le apoyó NMF?”</b>, varios invitados "
                        "supieron por primera vez que una beca incluida en su paquete de ayuda "
                        "financiera había venido de NMF.</li><li>El resto de la noche fue lo que "
                        "debe ser una recepción: conversación, comida y reencuentros.</li></ul>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Manejé desde Riverside sin conocer a nadie. Me fui con una mentora, "
                            "un compañero de estudio y una razón para volver el año que viene."
                        ),
                        "attribution": "Un estudiante de asistente médico (physician assistant)",
                        "role": "Invitado a la recepción",
                    },
                ),
                (
                    "heading",
                    {
                        "text": "Si no pudo venir",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Agregue su región a su perfil del Hub para que podamos invitarle al "
                        "próximo encuentro cerca de usted, y busque las horas de networking "
                        "regionales en el calendario de eventos. Si le gustaría una recepción de "
                        "exalumnos en su ciudad, dígaselo al Consejo Nacional de Exalumnos "
                        "mediante el formulario de su página.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Notas prácticas",
                        "items": [
                            {
                                "question": "¿Se grabó?",
                                "answer": (
                                    "<p>No. La recepción fue una velada social y no se grabó ni se "
                                    "transmitió.</p>"
                                ),
                            },
                            {
                                "question": "Fotografías",
                                "answer": (
                                    "<p>Solo se fotografió a los invitados que dieron su "
                                    "consentimiento. Quienes preferían no aparecer en fotos "
                                    "llevaban un cordón azul, y ninguno de ellos aparece en las "
                                    "fotos de NMF.</p>"
                                ),
                            },
                            {
                                "question": "Accesibilidad",
                                "answer": (
                                    "<p>El lugar tenía acceso sin escalones, asientos en todos los "
                                    "espacios, una sala tranquila y baños accesibles. Para "
                                    "contarnos qué le ayudaría a participar en futuros eventos "
                                    "presenciales, escriba a events@hub.example.org.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    },
    {
        "slug": "responding-to-bias-in-the-moment",
        "days_from_today": -53,
        "start": "12:00",
        "minutes": 60,
        "zone": "America/Chicago",
        "format": "online",
        "location": None,
        "topic": "racial-informed-care",
        "specialties": [],
        "host": "adrienne-okafor",
        "speakers": [
            "nia-holloway",
        ],
        "capacity": None,
        "registration_open": True,
        "recording": True,
        "materials": [
            {
                "resource": "responding-to-bias-pocket-card",
                "en": "Responding to bias: pocket card",
                "es": "Tarjeta de bolsillo: cómo responder a los sesgos",
            },
            {
                "url": "https://www.eeoc.gov/",
                "en": "U.S. Equal Employment Opportunity Commission (EEOC)",
                "es": "Comisión para la Igualdad de Oportunidades en el Empleo de EE. UU. (EEOC)",
            },
        ],
        "en": {
            "title": (
                "Responding to bias in the moment: practical scripts for clinicians and trainees"
            ),
            "introduction": (
                "A lunchtime webinar on what to say, and when to say nothing, when a patient or "
                "colleague shows bias, with scripts you can practice and a word on what "
                "institutions owe their staff."
            ),
            "body": [
                (
                    "heading",
                    {
                        "text": "Who it was for",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Students, residents and clinicians at every stage, and the supervisors "
                        "and colleagues who want to act when they witness bias. Dr. Adrienne "
                        "Okafor hosted, and Dr. Nia Holloway led the teaching and the practice.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "What we covered",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Dr. Holloway worked through three situations that members sent in "
                        "ahead of time: a patient who asked for “a different doctor” after meeting "
                        "a Black resident, a colleague’s “joke” about a nurse’s accent, and a "
                        "student repeatedly mistaken for an interpreter.</p><ul><li><b>Safety "
                        "first.</b> You do not have to respond in the moment. Stepping away and "
                        "coming back to it later is a response.</li><li><b>A simple sequence.</b> "
                        "Pause, name the behavior rather than the person, bring the focus back to "
                        "care, and debrief afterwards.</li><li><b>Bystanders matter.</b> A "
                        "supervisor or colleague who speaks up takes the weight off the person "
                        "targeted. Agree on this with your team before it "
                        "happens.</li><li><b>Reporting.</b> Write down what happened, when and who "
                        "was present, and use your institution’s reporting channel. For "
                        "discrimination at work, the EEOC explains your rights; strict deadlines "
                        "apply to filing a charge.</li></ul><p>Dr. Okafor closed with what "
                        "institutions owe their staff: a clear policy on discriminatory requests "
                        "from patients, leaders who back the clinician, and follow-up after every "
                        "report.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "You are allowed to take care of yourself first. The script is there "
                            "for the days you have the strength to use it."
                        ),
                        "attribution": "Dr. Nia Holloway",
                        "role": "MD, MPH",
                    },
                ),
                (
                    "heading",
                    {
                        "text": "After you watch",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Keep the pocket card in your badge holder or on your phone, and "
                        "practice one phrase aloud with a friend. For a deeper look, take the Hub "
                        "course <i>Recognizing and responding to racism and microaggressions in "
                        "clinical settings</i>. If an encounter stays with you, talk it through "
                        "with someone you trust, or with a mentor on the Hub.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "About the recording",
                        "items": [
                            {
                                "question": "Captions and languages",
                                "answer": (
                                    "<p>The recording has edited captions in English and subtitles "
                                    "in Spanish. For another accommodation, write to "
                                    "events@hub.example.org.</p>"
                                ),
                            },
                            {
                                "question": "Content note",
                                "answer": (
                                    "<p>The recording quotes racist and dismissive remarks as "
                                    "examples, so that viewers can practice responding. The "
                                    "small-group practice at the end was not recorded.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        "es": {
            "title": (
                "Responder a los sesgos en el momento: frases prácticas para profesionales y "
                "personas en formación"
            ),
            "introduction": (
                "Un seminario web a la hora del almuerzo sobre qué decir, y cuándo no decir nada, "
                "cuando un paciente o un colega muestra sesgos, con frases para practicar y una "
                "reflexión sobre lo que las instituciones le deben a su personal."
            ),
            "body": [
                (
                    "heading",
                    {
                        "text": "Para quién fue",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Estudiantes, residentes y profesionales clínicos de cualquier etapa, y "
                        "supervisores y colegas que quieren actuar cuando presencian un sesgo. La "
                        "Dra. Adrienne Okafor fue la anfitriona, y la Dra. Nia Holloway dirigió la "
                        "enseñanza y la práctica.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Qué vimos",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>La Dra. Holloway analizó tres situaciones que los miembros enviaron "
                        "con anticipación: un paciente que pidió “otro médico” después de conocer "
                        "a un residente negro, el “chiste” de un colega sobre el acento de una "
                        "enfermera y una estudiante a quien una y otra vez confundían con la "
                        "intérprete.</p><ul><li><b>Primero, su seguridad.</b> No tiene que "
                        "responder en el momento. Retirarse y retomar el tema más tarde también es "
                        "una respuesta.</li><li><b>Una secuencia sencilla.</b> Haga una pausa, "
                        "nombre la conducta y no a la persona, vuelva a centrar la atención en el "
                        "cuidado del paciente y converse sobre lo ocurrido después.</li><li><b>Los "
                        "testigos importan.</b> Un supervisor o un colega que habla le quita el "
                        "peso a la persona afectada. Pónganse de acuerdo en su equipo antes de que "
                        "ocurra.</li><li><b>Denunciar.</b> Anote qué pasó, cuándo y quiénes "
                        "estaban presentes, y use el canal de denuncias de su institución. Si se "
                        "trata de discriminación en el trabajo, la EEOC explica sus derechos; para "
                        "presentar un cargo hay plazos estrictos.</li></ul><p>La Dra. Okafor cerró "
                        "con lo que las instituciones le deben a su personal: una política clara "
                        "ante pedidos discriminatorios de los pacientes, líderes que respalden al "
                        "profesional y seguimiento después de cada denuncia.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Usted tiene derecho a cuidarse primero. Las frases están ahí para los "
                            "días en que tenga fuerzas para usarlas."
                        ),
                        "attribution": "Dra. Nia Holloway",
                        "role": "MD, MPH",
                    },
                ),
                (
                    "heading",
                    {
                        "text": "Después de ver la grabación",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Lleve la tarjeta de bolsillo en el portagafete o en el teléfono, y "
                        "practique una frase en voz alta con una amistad. Para profundizar, tome "
                        "el curso del Hub <i>Reconocer y responder al racismo y las "
                        "microagresiones en entornos clínicos</i>. Si un encuentro le sigue "
                        "pesando, hable de ello con alguien de confianza o con un mentor del "
                        "Hub.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Sobre la grabación",
                        "items": [
                            {
                                "question": "Subtítulos e idiomas",
                                "answer": (
                                    "<p>La grabación tiene subtítulos revisados en inglés y "
                                    "subtítulos en español. Para otra adaptación, escriba a "
                                    "events@hub.example.org.</p>"
                                ),
                            },
                            {
                                "question": "Advertencia sobre el contenido",
                                "answer": (
                                    "<p>La grabación cita comentarios racistas y despectivos como "
                                    "ejemplos, para que quien la vea pueda practicar cómo "
                                    "responder. La práctica en grupos pequeños del final no se "
                                    "grabó.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    },
    {
        "slug": "your-first-employment-contract-clause-by-clause",
        "days_from_today": -88,
        "start": "18:00",
        "minutes": 75,
        "zone": "America/Denver",
        "format": "online",
        "location": None,
        "topic": "business-of-doctoring",
        "specialties": [],
        "host": "tiffany-ogunleye",
        "speakers": [
            "renee-baptiste",
            "tomas-quintero",
        ],
        "capacity": None,
        "registration_open": True,
        "recording": True,
        "materials": [
            {
                "resource": "contract-review-checklist",
                "en": "Employment contract review checklist",
                "es": "Lista de verificación para revisar un contrato de trabajo",
            },
            {
                "url": (
                    "https://www.irs.gov/businesses/small-businesses-self-employed/independent-contractor-self-employed-or-employee"
                ),
                "en": "IRS: independent contractor or employee?",
                "es": "IRS: ¿contratista independiente o empleado? (en inglés)",
            },
        ],
        "en": {
            "title": "Your first employment contract, clause by clause",
            "introduction": (
                "A webinar that walked through a sample clinician employment contract, from pay "
                "and call to non-compete clauses and tail coverage, with the tax questions that "
                "come with each."
            ),
            "body": [
                (
                    "heading",
                    {
                        "text": "Who it was for",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Residents and fellows in their final year, and clinicians changing "
                        "jobs. The examples came from physician contracts, but the nurse "
                        "practitioners, physician assistants, pharmacists and dentists who "
                        "attended found most of the clauses familiar. Tiffany Ogunleye moderated; "
                        "Dr. Renée Baptiste walked through a sample contract and Dr. Tomás "
                        "Quintero covered the money side.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "What we covered",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<ul><li><b>Compensation.</b> Base salary, productivity pay based on work "
                        "RVUs, and bonuses; how long a guaranteed salary lasts and what happens "
                        "after.</li><li><b>Duties and call.</b> Where you will work, your schedule "
                        "and call, and what happens when a colleague leaves.</li><li><b>Term and "
                        "termination.</b> Notice periods, termination “without cause”, and what "
                        "you owe if you leave early, such as repaying a signing "
                        "bonus.</li><li><b>Restrictive covenants.</b> Non-compete clauses, their "
                        "distance and duration, and why state law matters. As of 2026 there is no "
                        "federal ban in effect, and several states limit non-competes for "
                        "physicians or other clinicians.</li><li><b>Malpractice insurance.</b> "
                        "Claims-made or occurrence coverage, and who pays for tail coverage when "
                        "you leave.</li><li><b>Employee or contractor.</b> How being paid on a W-2 "
                        "or a 1099 changes your taxes, benefits and retirement options.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "After you watch",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Go through your own contract with the checklist below, and write down "
                        "every question it raises. Make sure every promise is written into the "
                        "contract itself. Then have the contract reviewed by an attorney who works "
                        "with health-care employment agreements: this webinar was general "
                        "education, not legal or tax advice. When you are ready to ask for "
                        "changes, the Hub’s small-group contract negotiation clinics give you a "
                        "place to practice.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "About the recording",
                        "items": [
                            {
                                "question": "Captions and chapters",
                                "answer": (
                                    "<p>The recording has edited captions in English and subtitles "
                                    "in Spanish, and a chapter for each part of the contract, so "
                                    "you can go straight to the clause you need.</p>"
                                ),
                            },
                            {
                                "question": "Questions from the audience",
                                "answer": (
                                    "<p>The recording includes the question-and-answer period. "
                                    "Questions were read aloud without names or employer "
                                    "details.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        "es": {
            "title": "Su primer contrato de trabajo, cláusula por cláusula",
            "introduction": (
                "Un seminario web que recorrió un contrato de trabajo de ejemplo para "
                "profesionales clínicos, desde el pago y las guardias hasta las cláusulas de no "
                "competencia y la cobertura de cola, con las preguntas tributarias que acompañan a "
                "cada tema."
            ),
            "body": [
                (
                    "heading",
                    {
                        "text": "Para quién fue",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Residentes y fellows en su último año, y profesionales clínicos que "
                        "cambian de trabajo. Los ejemplos venían de contratos médicos, pero los "
                        "enfermeros de práctica avanzada, asistentes médicos, farmacéuticos y "
                        "dentistas que asistieron reconocieron la mayoría de las cláusulas. "
                        "Tiffany Ogunleye moderó; la Dra. Renée Baptiste recorrió un contrato de "
                        "ejemplo y el Dr. Tomás Quintero se ocupó de la parte económica.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Qué vimos",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<ul><li><b>Remuneración.</b> El salario base, el pago por productividad "
                        "basado en unidades de trabajo (work RVU) y los bonos; cuánto dura un "
                        "salario garantizado y qué pasa después.</li><li><b>Funciones y "
                        "guardias.</b> Dónde trabajará, su horario y sus guardias, y qué pasa "
                        "cuando un colega se va.</li><li><b>Duración y terminación.</b> Los plazos "
                        "de aviso, la terminación “sin causa” y lo que debería pagar si se va "
                        "antes de tiempo, por ejemplo devolver un bono de "
                        "firma.</li><li><b>Cláusulas restrictivas.</b> Las cláusulas de no "
                        "competencia, su distancia y su duración, y por qué importa la ley "
                        "estatal. En 2026 no hay una prohibición federal vigente, y varios estados "
                        "limitan la no competencia para médicos u otros profesionales "
                        "clínicos.</li><li><b>Seguro de responsabilidad profesional.</b> La "
                        "cobertura por reclamación (claims-made) o por ocurrencia (occurrence), y "
                        "quién paga la cobertura de cola (tail coverage) cuando usted se "
                        "va.</li><li><b>Empleado o contratista.</b> Cómo cambian sus impuestos, "
                        "beneficios y opciones de jubilación si le pagan con un formulario W-2 o "
                        "con un 1099.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Después de ver la grabación",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Revise su propio contrato con la lista de verificación que aparece "
                        "abajo y anote cada pregunta que le surja. Asegúrese de que cada promesa "
                        "quede escrita en el propio contrato. Luego pida a un abogado con "
                        "experiencia en contratos de empleo en el sector de la salud que lo "
                        "revise: este seminario fue educación general, no asesoría legal ni "
                        "tributaria. Cuando esté listo para pedir cambios, las clínicas de "
                        "negociación de contratos en grupos pequeños del Hub le ofrecen un lugar "
                        "para practicar.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Sobre la grabación",
                        "items": [
                            {
                                "question": "Subtítulos y capítulos",
                                "answer": (
                                    "<p>La grabación tiene subtítulos revisados en inglés y "
                                    "subtítulos en español, y un capítulo para cada parte del "
                                    "contrato, para que pueda ir directamente a la cláusula que "
                                    "necesita.</p>"
                                ),
                            },
                            {
                                "question": "Preguntas del público",
                                "answer": (
                                    "<p>La grabación incluye el período de preguntas y respuestas. "
                                    "Las preguntas se leyeron en voz alta sin nombres ni datos de "
                                    "empleadores.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    },
    {
        "slug": "asking-for-mentorship-writing-a-request",
        "days_from_today": -121,
        "start": "17:30",
        "minutes": 60,
        "zone": "America/Phoenix",
        "format": "online",
        "location": None,
        "topic": "career-advancement",
        "specialties": [],
        "host": "leona-whitehorse",
        "speakers": [
            "brianna-adebayo",
            "gloria-benavides",
        ],
        "capacity": None,
        "registration_open": True,
        "recording": True,
        "materials": [
            {
                "resource": "mentor-request-note-template",
                "en": "Mentor request note template",
                "es": "Plantilla de nota para solicitar un mentor",
            },
            {
                "url": "https://www.aamc.org/",
                "en": "Association of American Medical Colleges (AAMC)",
                "es": "Asociación de Facultades de Medicina de Estados Unidos (AAMC, en inglés)",
            },
        ],
        "en": {
            "title": (
                "Asking for mentorship: finding the right people and writing a request that gets a "
                "reply"
            ),
            "introduction": (
                "A webinar for members who want a mentor but have not asked yet: mentors, sponsors "
                "and peers, how to search the Hub’s directory, and how to write a short request "
                "that gets a yes."
            ),
            "body": [
                (
                    "heading",
                    {
                        "text": "Who it was for",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Members at any stage who want a mentor but have hesitated to ask: "
                        "pre-health students, health-professions students, residents and "
                        "clinicians thinking about a change. Dr. Leona Whitehorse hosted. Dr. "
                        "Brianna Adebayo spoke as someone who has asked for mentorship many times, "
                        "and Dr. Gloria Benavides as someone who receives many requests.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "What we covered",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<ul><li><b>Mentors, sponsors and peers.</b> A mentor advises you, a "
                        "sponsor uses their influence on your behalf, and peers keep you going. "
                        "Most people need all three, from several people rather than one perfect "
                        "mentor.</li><li><b>Finding people.</b> How to search the Hub’s mentor "
                        "directory by specialty and region, and why someone outside your field can "
                        "be the right person for questions about money, leadership or "
                        "belonging.</li><li><b>Writing the request.</b> Four short parts: who you "
                        "are, why this person, one specific thing you would like help with, and "
                        "how much time you are asking for.</li><li><b>What happens next.</b> "
                        "Mentors accept or decline within 10 days, and a decline usually means a "
                        "full schedule, not a judgment. Once a mentor accepts, you agree together "
                        "on goals and on how often to meet.</li></ul>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "The requests I say yes to are short and specific. Tell me what you "
                            "want to figure out, and I will tell you whether I can help."
                        ),
                        "attribution": "Dr. Gloria Benavides",
                        "role": "Chair, National Alumni Council",
                    },
                ),
                (
                    "heading",
                    {
                        "text": "After you watch",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Use the mentor request note template below to draft your first "
                        "request, then read it aloud: if it takes more than a minute, shorten it. "
                        "Students choosing a specialty will also find career-planning resources "
                        "from the AAMC. For a fuller plan, take the Hub course <i>Building a "
                        "career plan and finding mentors and sponsors</i>.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "About the recording",
                        "items": [
                            {
                                "question": "Captions and languages",
                                "answer": (
                                    "<p>The recording has edited captions in English and subtitles "
                                    "in Spanish. For another accommodation, write to "
                                    "events@hub.example.org.</p>"
                                ),
                            },
                            {
                                "question": "What the recording includes",
                                "answer": (
                                    "<p>The full conversation and the question-and-answer period, "
                                    "including several sample requests that members agreed to "
                                    "share without their names.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        "es": {
            "title": (
                "Pedir mentoría: encontrar a las personas adecuadas y escribir una solicitud que "
                "reciba respuesta"
            ),
            "introduction": (
                "Un seminario web para miembros que quieren un mentor pero todavía no lo han "
                "pedido: mentores, patrocinadores y pares, cómo buscar en el directorio del Hub y "
                "cómo escribir una solicitud breve que reciba un sí."
            ),
            "body": [
                (
                    "heading",
                    {
                        "text": "Para quién fue",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Miembros de cualquier etapa que quieren un mentor pero han dudado en "
                        "pedirlo: estudiantes que se preparan para una carrera de la salud "
                        "(pre-health), estudiantes de profesiones de la salud, residentes y "
                        "profesionales clínicos que piensan en un cambio. La Dra. Leona Whitehorse "
                        "fue la anfitriona. La Dra. Brianna Adebayo habló como alguien que ha "
                        "pedido mentoría muchas veces, y la Dra. Gloria Benavides como alguien que "
                        "recibe muchas solicitudes.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Qué vimos",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<ul><li><b>Mentores, patrocinadores y pares.</b> Un mentor le aconseja, "
                        "un patrocinador usa su influencia a su favor y los pares le ayudan a "
                        "seguir adelante. La mayoría de las personas necesita los tres, de varias "
                        "personas y no de un único mentor perfecto.</li><li><b>Encontrar a las "
                        "personas.</b> Cómo buscar en el directorio de mentores del Hub por "
                        "especialidad y región, y por qué alguien de otro campo puede ser la "
                        "persona indicada para preguntas sobre dinero, liderazgo o "
                        "pertenencia.</li><li><b>Escribir la solicitud.</b> Cuatro partes breves: "
                        "quién es usted, por qué esa persona, una cosa concreta en la que le "
                        "gustaría recibir ayuda y cuánto tiempo le pide.</li><li><b>Qué pasa "
                        "después.</b> Los mentores aceptan o rechazan en un plazo de 10 días, y un "
                        "rechazo suele significar una agenda llena, no un juicio sobre usted. "
                        "Cuando un mentor acepta, acuerdan juntos los objetivos y la frecuencia de "
                        "las reuniones.</li></ul>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Las solicitudes a las que digo que sí son breves y concretas. Dígame "
                            "qué quiere resolver y yo le diré si puedo ayudarle."
                        ),
                        "attribution": "Dra. Gloria Benavides",
                        "role": "Presidenta del Consejo Nacional de Exalumnos",
                    },
                ),
                (
                    "heading",
                    {
                        "text": "Después de ver la grabación",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Use la plantilla de nota para solicitar un mentor que aparece abajo "
                        "para redactar su primera solicitud, y luego léala en voz alta: si tarda "
                        "más de un minuto, acórtela. Los estudiantes que están eligiendo "
                        "especialidad también encontrarán recursos de planificación de carrera de "
                        "la AAMC. Para un plan más completo, tome el curso del Hub <i>Cómo armar "
                        "un plan de carrera y encontrar mentores y patrocinadores</i>.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Sobre la grabación",
                        "items": [
                            {
                                "question": "Subtítulos e idiomas",
                                "answer": (
                                    "<p>La grabación tiene subtítulos revisados en inglés y "
                                    "subtítulos en español. Para otra adaptación, escriba a "
                                    "events@hub.example.org.</p>"
                                ),
                            },
                            {
                                "question": "Qué incluye la grabación",
                                "answer": (
                                    "<p>La conversación completa y el período de preguntas y "
                                    "respuestas, incluidos varios ejemplos de solicitudes que "
                                    "algunos miembros aceptaron compartir sin sus nombres.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    },
]
