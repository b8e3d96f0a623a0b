"""Demo content for the Hub, in English and Spanish.

Every page and home section is written in both languages with exactly the same structure (the
same blocks in the same order, the same paragraphs, list items and accordion items), because the
two versions are paired block by block and paragraph by paragraph.
"""

FOOTER = {
    "en": (
        "National Medical Fellowships has supported BIPOC students in medicine and the health "
        "professions since 1946. The Hub brings our scholars and alumni together to learn, mentor "
        "and look out for one another, so that no one builds a career in health care alone."
    ),
    "es": (
        "National Medical Fellowships apoya desde 1946 a estudiantes BIPOC de medicina y de las "
        "profesiones de la salud. El Hub reúne a nuestros becarios y exalumnos para aprender, "
        "ofrecer mentoría y apoyarse mutuamente, para que nadie construya su carrera en la salud "
        "en soledad."
    ),
}

SITE_SETTINGS = {"contact_email": "info@nmfonline.org"}

HOME = {
    "en": {
        "title": "Home",
        "hero_heading": (
            "A connected network for BIPOC students and clinicians, at every stage of your career"
        ),
        "introduction": (
            "The Hub is where National Medical Fellowships scholars and alumni learn, find mentors "
            "and look out for one another. We are building it now, and its sections open soon."
        ),
        "search_description": (
            "Learning, mentorship and community for BIPOC students and clinicians in medicine "
            "and the health professions, from National Medical Fellowships."
        ),
        "hero_button_label": "Explore the learning library",
        "sections": [
            {
                "type": "mentor_call_to_action",
                "heading": "Find a mentor who has walked your path",
                "text": (
                    "Search volunteer mentors by specialty and region, and ask for guidance on "
                    "training, careers and life in medicine. The mentor directory opens soon."
                ),
                "button": {"label": "How mentorship works", "page": "mentors"},
            },
            {
                "type": "featured_courses",
                "heading": "Learn what training doesn’t teach",
                "introduction": (
                    "Short, practical courses on debt management, retirement planning, the "
                    "business of doctoring, racial-informed care, career advancement, leadership "
                    "and life essentials."
                ),
                "more": {"label": "See all learning topics", "page": "learn"},
            },
            {
                "type": "text",
                "heading": "Why a network?",
                "text": (
                    "<p>More than 32,000 people are NMF alumni, yet we have contact details for "
                    "only about 15,000 of them. Many scholarships were paid through school "
                    "financial aid packages, so many scholars never knew NMF supported them.</p>"
                    "<p>Mentorship and networking are proven supports for careers and for "
                    "resilience against the racism BIPOC practitioners face. The Hub brings our "
                    "alumni back together, so that everyone from a pre-health student to a "
                    "senior clinician has people in their corner.</p>"
                ),
            },
            {
                "type": "featured_employers",
                "heading": "Employers of Choice",
                "introduction": (
                    "Health employers recognized for diversity in recruitment, retention and "
                    "matriculation, and for inclusive environments where you can belong."
                ),
                "more": {"label": "See all Employers of Choice", "page": "employers"},
            },
            {
                "type": "upcoming_events",
                "heading": "Upcoming events",
                "introduction": (
                    "Virtual webinars, networking hours and council town halls you can join from "
                    "wherever you are."
                ),
                "more": {"label": "See all events", "page": "events"},
            },
            {
                "type": "claim_call_to_action",
                "heading": "Did NMF support you?",
                "text": (
                    "If your scholarship came through your school’s financial aid package, you "
                    "may never have known NMF was behind it. Ask privately, and our staff will "
                    "check the alumni registry for you."
                ),
                "button": {"label": "Find out how to ask", "page": "did-nmf-support-me"},
            },
        ],
    },
    "es": {
        "title": "Inicio",
        "hero_heading": (
            "Una red conectada para estudiantes y profesionales clínicos BIPOC, en cada etapa de "
            "su carrera"
        ),
        "introduction": (
            "El Hub es el lugar donde los becarios y exalumnos de National Medical Fellowships "
            "aprenden, encuentran mentores y se apoyan mutuamente. Lo estamos construyendo ahora "
            "y sus secciones abrirán pronto."
        ),
        "search_description": (
            "Aprendizaje, mentoría y comunidad para estudiantes y profesionales BIPOC de la "
            "medicina y las profesiones de la salud, de National Medical Fellowships."
        ),
        "hero_button_label": "Explore la biblioteca de aprendizaje",
        "sections": [
            {
                "type": "mentor_call_to_action",
                "heading": "Encuentre un mentor que haya recorrido su camino",
                "text": (
                    "Busque mentores voluntarios por especialidad y región, y pida orientación "
                    "sobre su formación, su carrera y la vida en la medicina. El directorio de "
                    "mentores abrirá pronto."
                ),
                "button": {"label": "Cómo funciona la mentoría", "page": "mentors"},
            },
            {
                "type": "featured_courses",
                "heading": "Aprenda lo que la formación no enseña",
                "introduction": (
                    "Cursos breves y prácticos sobre manejo de deudas, planificación para la "
                    "jubilación, el negocio de la práctica médica, atención con conciencia "
                    "racial, desarrollo profesional, liderazgo y lo esencial para la vida."
                ),
                "more": {"label": "Vea todos los temas de aprendizaje", "page": "learn"},
            },
            {
                "type": "text",
                "heading": "¿Por qué una red?",
                "text": (
                    "<p>Más de 32,000 personas son exalumnos de NMF, pero solo tenemos los datos "
                    "de contacto de unas 15,000. Muchas becas se pagaron a través de los paquetes "
                    "de ayuda financiera de las escuelas, por lo que muchos becarios nunca "
                    "supieron que NMF los había apoyado.</p>"
                    "<p>La mentoría y las redes profesionales son apoyos comprobados para la "
                    "carrera y para la resiliencia frente al racismo que enfrentan los "
                    "profesionales BIPOC. El Hub vuelve a reunir a nuestros exalumnos, para que "
                    "todos, desde quien se prepara para estudiar una carrera de la salud hasta "
                    "el profesional con más experiencia, tengan a alguien de su lado.</p>"
                ),
            },
            {
                "type": "featured_employers",
                "heading": "Empleadores de Preferencia",
                "introduction": (
                    "Empleadores del sector salud reconocidos por la diversidad en la "
                    "contratación, la retención y la matriculación, y por crear entornos "
                    "inclusivos donde usted tenga un lugar."
                ),
                "more": {"label": "Vea todos los Empleadores de Preferencia", "page": "employers"},
            },
            {
                "type": "upcoming_events",
                "heading": "Próximos eventos",
                "introduction": (
                    "Seminarios web, horas de networking y asambleas abiertas de los consejos, "
                    "todos virtuales, para participar desde donde esté."
                ),
                "more": {"label": "Vea todos los eventos", "page": "events"},
            },
            {
                "type": "claim_call_to_action",
                "heading": "¿Lo apoyó NMF?",
                "text": (
                    "Si su beca llegó a través del paquete de ayuda financiera de su escuela, es "
                    "posible que nunca haya sabido que NMF estaba detrás. Pregúntenos de forma "
                    "privada y nuestro personal revisará el registro de exalumnos por usted."
                ),
                "button": {"label": "Sepa cómo preguntar", "page": "did-nmf-support-me"},
            },
        ],
    },
}

PAGES = [
    # --- About ---------------------------------------------------------------------------
    {
        "key": "about",
        "parent": None,
        "show_in_menus": True,
        "en": {
            "title": "About the Hub",
            "introduction": (
                "The Hub is National Medical Fellowships’ home for learning, mentorship and "
                "community, built to turn our scattered alumni into a caring, connected network."
            ),
            "search_description": (
                "Who National Medical Fellowships is, why mentorship and community matter for "
                "BIPOC clinicians, what the Hub offers and how it protects your privacy."
            ),
            "body": [
                ("heading", {"text": "Who we are", "level": "h2"}),
                (
                    "paragraph",
                    "<p>National Medical Fellowships (NMF) is a US nonprofit founded in 1946. "
                    "For generations we have funded BIPOC students in medicine and the health "
                    "professions through scholarships and programs: Black, Indigenous and people "
                    "of color who bring their skills, languages and lived experience to the "
                    "communities that need them most.</p>"
                    "<p>More than 32,000 people are NMF alumni. They practice, teach, research "
                    "and lead across medicine and the health professions.</p>",
                ),
                (
                    "heading",
                    {"text": "From scattered alumni to a connected network", "level": "h2"},
                ),
                (
                    "paragraph",
                    "<p>We have contact details for only about 15,000 of our alumni. Many "
                    "scholarships were paid through school financial aid packages, so many "
                    "scholars never knew NMF supported them. Others moved, changed names or "
                    "changed jobs, and we lost touch.</p>"
                    "<p>The Hub is our answer: one place where scholars and alumni can find one "
                    "another, learn together and give back. Whether you received an NMF award "
                    "last year or decades ago, or you are just starting on the path to a health "
                    "career, there is a place for you here.</p>",
                ),
                ("heading", {"text": "Why mentorship and community matter", "level": "h2"}),
                (
                    "paragraph",
                    "<p>BIPOC students and clinicians often train and work in places where few "
                    "people share their background. Many face racism from patients, colleagues "
                    "and institutions, and carry it while also managing debt, long hours and "
                    "family responsibilities.</p>"
                    "<p>Mentorship and networking are proven supports for careers and for "
                    "resilience against that racism. A mentor who has walked the same path can "
                    "open doors, share hard-won practical knowledge and remind you that you "
                    "belong. A network of peers makes the work less lonely.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "I didn’t need someone to fix things for me. I needed someone who had "
                            "been there and could tell me what comes next."
                        ),
                        "attribution": "An NMF scholar",
                        "role": "Family medicine resident",
                    },
                ),
                ("heading", {"text": "What the Hub offers", "level": "h2"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li><b>Learning:</b> short courses on debt management, retirement planning, "
                    "the business of doctoring, racial-informed care, career advancement, "
                    "leadership and life essentials.</li>"
                    "<li><b>Mentorship:</b> a directory of volunteer mentors by specialty and "
                    "region, and a simple way to ask one of them for guidance.</li>"
                    "<li><b>Employers of Choice:</b> profiles of health systems recognized for "
                    "diversity in recruitment, retention and matriculation, and for inclusive "
                    "environments of belonging.</li>"
                    "<li><b>Resources and events:</b> a library of practical guides, and a "
                    "calendar of virtual webinars, networking hours and council town halls.</li>"
                    "<li><b>Alumni discovery:</b> a private way to ask “Did NMF support me?” and "
                    "be invited into the network.</li>"
                    "</ul>"
                    "<p>We are building the Hub now, and each section will open as soon as it is "
                    "ready. The pages of this site explain what is coming and what you can do "
                    "today.</p>",
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Have a question about the Hub?",
                        "text": (
                            "Find answers about who can join, languages, accessibility and how "
                            "to reach NMF."
                        ),
                        "button": {"label": "Read the FAQ", "page": "faq"},
                    },
                ),
                ("heading", {"text": "How we protect your privacy", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Member profiles are visible only to signed-in, verified members. The "
                    "mentor directory never shows anyone’s email address or phone number: email "
                    "addresses are shared only once both people agree to a mentorship.</p>"
                    "<p>Access to NMF’s alumni registry is limited to our alumni relations staff, "
                    "and the Hub never reveals whether a person is in it.</p>",
                ),
                (
                    "call_to_action",
                    {
                        "heading": "How the Hub handles your information",
                        "text": (
                            "Read our plain-language privacy summary: what we collect, who sees "
                            "it and how to export or delete your data."
                        ),
                        "button": {"label": "Read the privacy summary", "page": "privacy"},
                    },
                ),
            ],
        },
        "es": {
            "title": "Acerca del Hub",
            "introduction": (
                "El Hub es el espacio de National Medical Fellowships para el aprendizaje, la "
                "mentoría y la comunidad, creado para convertir a nuestros exalumnos dispersos en "
                "una red solidaria y conectada."
            ),
            "search_description": (
                "Quién es National Medical Fellowships, por qué la mentoría y la comunidad "
                "importan a los profesionales BIPOC, qué ofrece el Hub y cómo protege su "
                "privacidad."
            ),
            "body": [
                ("heading", {"text": "Quiénes somos", "level": "h2"}),
                (
                    "paragraph",
                    "<p>National Medical Fellowships (NMF) es una organización sin fines de lucro "
                    "de los Estados Unidos fundada en 1946. Durante generaciones hemos apoyado a "
                    "estudiantes BIPOC de medicina y de las profesiones de la salud con becas y "
                    "programas: personas negras, indígenas y de color que aportan sus "
                    "conocimientos, sus idiomas y su experiencia de vida a las comunidades que "
                    "más los necesitan.</p>"
                    "<p>Más de 32,000 personas son exalumnos de NMF. Ejercen, enseñan, investigan "
                    "y dirigen en la medicina y en las profesiones de la salud.</p>",
                ),
                (
                    "heading",
                    {"text": "De exalumnos dispersos a una red conectada", "level": "h2"},
                ),
                (
                    "paragraph",
                    "<p>Solo tenemos los datos de contacto de unos 15,000 de nuestros exalumnos. "
                    "Muchas becas se pagaron a través de los paquetes de ayuda financiera de las "
                    "escuelas, por lo que muchos becarios nunca supieron que NMF los había "
                    "apoyado. Otros se mudaron, cambiaron de nombre o de trabajo, y perdimos el "
                    "contacto.</p>"
                    "<p>El Hub es nuestra respuesta: un solo lugar donde becarios y exalumnos "
                    "pueden encontrarse, aprender juntos y retribuir. Ya sea que haya recibido "
                    "una beca de NMF el año pasado o hace décadas, o que apenas esté comenzando "
                    "el camino hacia una carrera en la salud, aquí hay un lugar para usted.</p>",
                ),
                ("heading", {"text": "Por qué importan la mentoría y la comunidad", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Los estudiantes y profesionales clínicos BIPOC a menudo se forman y "
                    "trabajan en lugares donde pocas personas comparten sus raíces. Muchos "
                    "enfrentan racismo de pacientes, colegas e instituciones, y lo cargan "
                    "mientras manejan deudas, jornadas largas y responsabilidades familiares.</p>"
                    "<p>La mentoría y las redes profesionales son apoyos comprobados para la "
                    "carrera y para la resiliencia frente a ese racismo. Un mentor que ha "
                    "recorrido el mismo camino puede abrir puertas, compartir conocimientos "
                    "prácticos ganados con esfuerzo y recordarle que usted pertenece aquí. Una "
                    "red de colegas hace que el trabajo sea menos solitario.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "No necesitaba que alguien resolviera las cosas por mí. Necesitaba a "
                            "alguien que hubiera pasado por lo mismo y pudiera decirme qué venía "
                            "después."
                        ),
                        "attribution": "Un becario de NMF",
                        "role": "Residente de medicina familiar",
                    },
                ),
                ("heading", {"text": "Lo que ofrece el Hub", "level": "h2"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li><b>Aprendizaje:</b> cursos breves sobre manejo de deudas, planificación "
                    "para la jubilación, el negocio de la práctica médica, atención con "
                    "conciencia racial, desarrollo profesional, liderazgo y lo esencial para la "
                    "vida.</li>"
                    "<li><b>Mentoría:</b> un directorio de mentores voluntarios por especialidad "
                    "y región, y una forma sencilla de pedirle orientación a uno de ellos.</li>"
                    "<li><b>Empleadores de Preferencia:</b> perfiles de sistemas de salud "
                    "reconocidos por la diversidad en la contratación, la retención y la "
                    "matriculación, y por sus entornos inclusivos de pertenencia.</li>"
                    "<li><b>Recursos y eventos:</b> una biblioteca de guías prácticas y un "
                    "calendario de seminarios web, horas de networking y asambleas abiertas de "
                    "los consejos, todos virtuales.</li>"
                    "<li><b>Búsqueda de exalumnos:</b> una forma privada de preguntar “¿Me apoyó "
                    "NMF?” y recibir una invitación a la red.</li>"
                    "</ul>"
                    "<p>Estamos construyendo el Hub ahora, y cada sección abrirá en cuanto esté "
                    "lista. Las páginas de este sitio explican lo que viene y lo que usted puede "
                    "hacer desde hoy.</p>",
                ),
                (
                    "call_to_action",
                    {
                        "heading": "¿Tiene alguna pregunta sobre el Hub?",
                        "text": (
                            "Encuentre respuestas sobre quién puede unirse, los idiomas, la "
                            "accesibilidad y cómo comunicarse con NMF."
                        ),
                        "button": {"label": "Lea las preguntas frecuentes", "page": "faq"},
                    },
                ),
                ("heading", {"text": "Cómo protegemos su privacidad", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Los perfiles de los miembros solo son visibles para miembros verificados "
                    "que hayan iniciado sesión. El directorio de mentores nunca muestra la "
                    "dirección de correo electrónico ni el número de teléfono de nadie: los "
                    "correos electrónicos solo se comparten cuando ambas personas aceptan una "
                    "mentoría.</p>"
                    "<p>El acceso al registro de exalumnos de NMF está limitado a nuestro "
                    "personal de relaciones con exalumnos, y el Hub nunca revela si una persona "
                    "figura en él.</p>",
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Cómo maneja el Hub su información",
                        "text": (
                            "Lea nuestro resumen de privacidad en lenguaje sencillo: qué "
                            "recopilamos, quién lo ve y cómo exportar o eliminar sus datos."
                        ),
                        "button": {"label": "Lea el resumen de privacidad", "page": "privacy"},
                    },
                ),
            ],
        },
    },
    # --- Learning ------------------------------------------------------------------------
    {
        "key": "learn",
        "type": "learning_index",
        "parent": None,
        "show_in_menus": True,
        "en": {
            "title": "Learning",
            "introduction": (
                "Practical courses on the money, career and leadership skills that clinical "
                "training rarely covers, written with BIPOC students and clinicians in mind."
            ),
            "search_description": (
                "Hub courses on debt management, retirement, the business of doctoring, "
                "racial-informed care, career advancement, leadership and life essentials."
            ),
        },
        "es": {
            "title": "Aprendizaje",
            "introduction": (
                "Cursos prácticos sobre las habilidades financieras, profesionales y de liderazgo "
                "que la formación clínica rara vez cubre, pensados para estudiantes y "
                "profesionales BIPOC."
            ),
            "search_description": (
                "Cursos del Hub sobre deudas, jubilación, el negocio de la práctica médica, "
                "atención con conciencia racial, carrera, liderazgo y lo esencial para la vida."
            ),
        },
    },
    # --- Mentorship ----------------------------------------------------------------------
    {
        "key": "mentors",
        "parent": None,
        "type": "mentor_directory",
        "show_in_menus": True,
        "en": {
            "title": "Mentorship",
            "introduction": (
                "Find guidance from NMF alumni who have walked your path, or share what you have "
                "learned with the students and clinicians coming after you."
            ),
            "search_description": (
                "How mentoring on the Hub works: a mentor directory by specialty and region, "
                "requesting a mentor, and volunteering as a mentor with NMF."
            ),
            "body": [
                ("heading", {"text": "Mentorship on the Hub", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Mentors on the Hub are volunteers from NMF’s community who share what they "
                    "know: how to choose a specialty, get through a hard rotation, prepare "
                    "applications for residency or a new job, weigh an offer, or handle a "
                    "difficult moment at work. Mentees are students, residents and clinicians at "
                    "any stage who want guidance from someone who has been there.</p>"
                    "<p>Mentoring relationships are personal, so the Hub keeps them simple, "
                    "private and respectful of everyone’s time.</p>",
                ),
                ("heading", {"text": "How it will work", "level": "h2"}),
                (
                    "paragraph",
                    "<ol>"
                    "<li><b>Find a mentor.</b> Browse the mentor directory by specialty and "
                    "region. Each profile describes the mentor’s background and the topics they "
                    "are glad to help with.</li>"
                    "<li><b>Send a request.</b> Write a short note about who you are and what you "
                    "would like to talk about.</li>"
                    "<li><b>The mentor responds.</b> Mentors accept requests within the capacity "
                    "they have set, so that every mentee gets real attention. If a mentor is "
                    "full, you can ask someone else.</li>"
                    "<li><b>Connect.</b> Once a mentor accepts, you can both see each other’s "
                    "email address and agree how and when to meet.</li>"
                    "</ol>",
                ),
                ("heading", {"text": "For mentees", "level": "h3"}),
                (
                    "paragraph",
                    "<p>You do not need a big problem to ask for a mentor. A few habits make the "
                    "relationship work well:</p>"
                    "<ul>"
                    "<li>Be specific about what you would like help with.</li>"
                    "<li>Respect your mentor’s time: confirm meetings and come prepared.</li>"
                    "<li>Follow up and share what happened; mentors like to hear about your "
                    "progress.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "For mentors", "level": "h3"}),
                (
                    "paragraph",
                    "<p>If you have experience to share, you can volunteer as a mentor. You "
                    "decide how many mentees you can support at a time, and you can pause when "
                    "life gets busy. Residents and early-career clinicians make valuable mentors "
                    "for students, just as senior clinicians do for residents.</p>"
                    "<p>Every mentor accepts the current version of NMF’s volunteer protocol, "
                    "which sets out responsibilities, boundaries and how to raise concerns.</p>",
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Become a mentor",
                        "text": (
                            "Learn about the volunteer roles and what the volunteer protocol asks "
                            "of every mentor."
                        ),
                        "button": {"label": "Volunteer with NMF", "page": "volunteer"},
                    },
                ),
                (
                    "accordion",
                    {
                        "heading": "Mentorship questions",
                        "items": [
                            {
                                "question": "Who can request a mentor?",
                                "answer": (
                                    "<p>Signed-in, verified members of the Hub, including "
                                    "pre-health and health-professions students, residents and "
                                    "practicing clinicians.</p>"
                                ),
                            },
                            {
                                "question": "Does it cost anything?",
                                "answer": (
                                    "<p>No. The Hub is free to join, and mentors volunteer "
                                    "their time.</p>"
                                ),
                            },
                            {
                                "question": "Can I find a mentor in my specialty or region?",
                                "answer": (
                                    "<p>Yes. The directory lets you search by specialty and by "
                                    "region. It can also be worth talking to someone outside "
                                    "your field: many questions about careers, money and "
                                    "belonging are shared across professions.</p>"
                                ),
                            },
                            {
                                "question": "Will my email or phone number be shown?",
                                "answer": (
                                    "<p>No. The directory never shows email addresses or phone "
                                    "numbers. Email addresses are shared only once both of you "
                                    "agree to a mentorship.</p>"
                                ),
                            },
                            {
                                "question": "What if a mentor does not accept my request?",
                                "answer": (
                                    "<p>Please don’t take it personally. Mentors set the number "
                                    "of mentees they can support, and sometimes they are full. "
                                    "You are welcome to ask another mentor.</p>"
                                ),
                            },
                            {
                                "question": "How long does a mentoring relationship last?",
                                "answer": (
                                    "<p>That is up to the two of you. Some mentorships are a "
                                    "single conversation before a big decision; others continue "
                                    "for years.</p>"
                                ),
                            },
                            {
                                "question": "Is the mentor directory open yet?",
                                "answer": (
                                    "<p>Not yet. The directory and mentor requests open soon. "
                                    "We will share the news on the Hub as soon as they do.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        "es": {
            "title": "Mentoría",
            "introduction": (
                "Reciba orientación de exalumnos de NMF que han recorrido su camino, o comparta lo "
                "que ha aprendido con los estudiantes y profesionales que vienen detrás."
            ),
            "search_description": (
                "Cómo funciona la mentoría en el Hub: un directorio de mentores por especialidad "
                "y región, cómo pedir un mentor y cómo ser mentor voluntario con NMF."
            ),
            "body": [
                ("heading", {"text": "La mentoría en el Hub", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Los mentores del Hub son voluntarios de la comunidad de NMF que comparten "
                    "lo que saben: cómo elegir una especialidad, superar una rotación difícil, "
                    "preparar solicitudes para la residencia o un nuevo empleo, evaluar una "
                    "oferta o manejar un momento complicado en el trabajo. Los aprendices son "
                    "estudiantes, residentes y profesionales clínicos en cualquier etapa que "
                    "buscan la orientación de alguien que ya pasó por lo mismo.</p>"
                    "<p>Las relaciones de mentoría son personales, por eso el Hub las mantiene "
                    "sencillas, privadas y respetuosas del tiempo de todos.</p>",
                ),
                ("heading", {"text": "Cómo funcionará", "level": "h2"}),
                (
                    "paragraph",
                    "<ol>"
                    "<li><b>Encuentre un mentor.</b> Explore el directorio de mentores por "
                    "especialidad y región. Cada perfil describe la trayectoria del mentor y los "
                    "temas en los que con gusto puede ayudar.</li>"
                    "<li><b>Envíe una solicitud.</b> Escriba una nota breve sobre quién es usted "
                    "y de qué le gustaría hablar.</li>"
                    "<li><b>El mentor responde.</b> Los mentores aceptan solicitudes dentro de "
                    "la capacidad que han fijado, para que cada aprendiz reciba una atención "
                    "real. Si un mentor no tiene cupo, puede pedírselo a otra persona.</li>"
                    "<li><b>Conéctense.</b> Cuando el mentor acepta, ambos pueden ver el correo "
                    "electrónico del otro y acordar cómo y cuándo reunirse.</li>"
                    "</ol>",
                ),
                ("heading", {"text": "Para aprendices", "level": "h3"}),
                (
                    "paragraph",
                    "<p>No necesita un gran problema para pedir un mentor. Algunos hábitos "
                    "ayudan a que la relación funcione bien:</p>"
                    "<ul>"
                    "<li>Sea específico sobre el tipo de ayuda que busca.</li>"
                    "<li>Respete el tiempo de su mentor: confirme las reuniones y llegue "
                    "preparado.</li>"
                    "<li>Dé seguimiento y cuente lo que pasó; a los mentores les gusta conocer "
                    "sus avances.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Para mentores", "level": "h3"}),
                (
                    "paragraph",
                    "<p>Si tiene experiencia que compartir, puede ofrecerse como mentor "
                    "voluntario. Usted decide a cuántos aprendices puede apoyar a la vez, y "
                    "puede hacer una pausa cuando tenga mucho trabajo. Los residentes y los "
                    "profesionales que inician su carrera son mentores valiosos para los "
                    "estudiantes, así como los profesionales con más experiencia lo son para los "
                    "residentes.</p>"
                    "<p>Cada mentor acepta la versión vigente del protocolo de voluntariado de "
                    "NMF, que establece las responsabilidades, los límites y la forma de "
                    "plantear inquietudes.</p>",
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Hágase mentor",
                        "text": (
                            "Conozca las funciones de voluntariado y lo que el protocolo de "
                            "voluntariado pide a cada mentor."
                        ),
                        "button": {"label": "Sea voluntario con NMF", "page": "volunteer"},
                    },
                ),
                (
                    "accordion",
                    {
                        "heading": "Preguntas sobre la mentoría",
                        "items": [
                            {
                                "question": "¿Quién puede pedir un mentor?",
                                "answer": (
                                    "<p>Los miembros verificados del Hub que hayan iniciado "
                                    "sesión, incluidos estudiantes que se preparan para una "
                                    "carrera de la salud o ya la cursan, residentes y "
                                    "profesionales clínicos en ejercicio.</p>"
                                ),
                            },
                            {
                                "question": "¿Tiene algún costo?",
                                "answer": (
                                    "<p>No. Unirse al Hub es gratis, y los mentores donan su "
                                    "tiempo como voluntarios.</p>"
                                ),
                            },
                            {
                                "question": (
                                    "¿Puedo encontrar un mentor de mi especialidad o región?"
                                ),
                                "answer": (
                                    "<p>Sí. El directorio le permite buscar por especialidad y "
                                    "por región. También puede valer la pena hablar con alguien "
                                    "de otro campo: muchas preguntas sobre la carrera, el dinero "
                                    "y la pertenencia son comunes a todas las profesiones.</p>"
                                ),
                            },
                            {
                                "question": "¿Se mostrará mi correo electrónico o mi teléfono?",
                                "answer": (
                                    "<p>No. El directorio nunca muestra correos electrónicos ni "
                                    "números de teléfono. Los correos electrónicos solo se "
                                    "comparten cuando ambos aceptan una mentoría.</p>"
                                ),
                            },
                            {
                                "question": "¿Qué pasa si un mentor no acepta mi solicitud?",
                                "answer": (
                                    "<p>No lo tome como algo personal. Los mentores fijan cuántos "
                                    "aprendices pueden apoyar y, a veces, no tienen cupo. Puede "
                                    "pedírselo a otro mentor.</p>"
                                ),
                            },
                            {
                                "question": "¿Cuánto dura una relación de mentoría?",
                                "answer": (
                                    "<p>Lo deciden ustedes dos. Algunas mentorías son una sola "
                                    "conversación antes de una decisión importante; otras "
                                    "continúan durante años.</p>"
                                ),
                            },
                            {
                                "question": "¿Ya está abierto el directorio de mentores?",
                                "answer": (
                                    "<p>Todavía no. El directorio y las solicitudes de mentoría "
                                    "abrirán pronto. Lo anunciaremos en el Hub en cuanto "
                                    "abran.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    },
    # --- Employers of Choice -------------------------------------------------------------
    # The index; the employers themselves come from employers/demo/.
    {
        "key": "employers",
        "type": "employer_index",
        "parent": None,
        "show_in_menus": True,
        "en": {
            "title": "Employers of Choice",
            "introduction": (
                "NMF recognizes health employers that recruit, keep and develop BIPOC "
                "clinicians, and that build workplaces where everyone can belong. Find one near "
                "you, see how NMF scored it, and nominate one you know."
            ),
            "search_description": (
                "NMF’s Employers of Choice: hospitals, health systems, health centers and "
                "agencies recognized for diversity in recruitment, retention and matriculation, "
                "with their tiers, scores and open positions."
            ),
            "how_it_works": (
                "<p>NMF’s Employers of Choice are hospitals, health systems, community health "
                "centers, group practices and public health agencies recognized for their "
                "commitment to diversity in recruitment, retention and matriculation, and for "
                "building inclusive environments where BIPOC clinicians, trainees and staff "
                "belong. The recognition looks at what an organization does, not only at what "
                "it says: each employer shares its data, policies and programs, and NMF scores "
                "them against the criteria below.</p>"
                "<p>Each recognition is awarded for a specific year and at a tier that reflects "
                "the depth of an employer’s commitment. Recognitions expire, so an employer has "
                "to keep showing progress to keep its status. Every profile shows the year, the "
                "tier and how long the recognition is valid.</p>"
                "<p><b>How students and alumni can use it.</b> The recognition is a starting "
                "point for your own research, whether you are choosing where to rotate, apply "
                "for residency or take a job:</p>"
                "<ul>"
                "<li>Read an employer’s profile before you apply, to learn what it has done and "
                "where it is still working.</li>"
                "<li>Ask informed questions in interviews, for example about mentoring programs, "
                "employee resource groups and paths into leadership.</li>"
                "<li>Talk to people who work there, and to a mentor in your field, before you "
                "decide.</li>"
                "</ul>"
                "<p>No recognition guarantees a particular experience. It is one signal among "
                "many, and your own judgment matters most.</p>"
                "<p><b>Nominate an employer.</b> Members can nominate an employer they believe "
                "deserves recognition and tell NMF what makes it different. NMF staff read every "
                "nomination and invite the strongest employers to apply.</p>"
            ),
        },
        "es": {
            "title": "Empleadores de Preferencia",
            "introduction": (
                "NMF reconoce a los empleadores del sector salud que contratan, retienen y "
                "desarrollan a profesionales BIPOC, y que crean lugares de trabajo donde todos "
                "tienen cabida. Encuentre uno cerca de usted, vea cómo lo evaluó NMF y nomine a "
                "uno que conozca."
            ),
            "search_description": (
                "Los Empleadores de Preferencia de NMF: hospitales, sistemas de salud, centros "
                "de salud y agencias reconocidos por la diversidad en la contratación, la "
                "retención y la matriculación, con sus niveles, puntuaciones y vacantes."
            ),
            "how_it_works": (
                "<p>Los Empleadores de Preferencia de NMF son hospitales, sistemas de salud, "
                "centros de salud comunitarios, consultorios grupales y agencias de salud "
                "pública reconocidos por su compromiso con la diversidad en la contratación, la "
                "retención y la matriculación, y por crear entornos inclusivos donde los "
                "profesionales clínicos, las personas en formación y el personal BIPOC tienen un "
                "lugar. El reconocimiento se fija en lo que una organización hace, no solo en lo "
                "que dice: cada empleador comparte sus datos, políticas y programas, y NMF los "
                "evalúa según los criterios que aparecen a continuación.</p>"
                "<p>Cada reconocimiento se otorga para un año específico y en un nivel que "
                "refleja la profundidad del compromiso del empleador. Los reconocimientos "
                "vencen, así que un empleador debe seguir demostrando avances para mantenerlo. "
                "Cada perfil muestra el año, el nivel y hasta cuándo es válido el "
                "reconocimiento.</p>"
                "<p><b>Cómo pueden usarlo estudiantes y exalumnos.</b> El reconocimiento es un "
                "punto de partida para su propia investigación, ya sea que esté eligiendo dónde "
                "hacer una rotación, solicitar la residencia o aceptar un empleo:</p>"
                "<ul>"
                "<li>Lea el perfil de un empleador antes de presentar su solicitud, para saber "
                "qué ha hecho y en qué sigue trabajando.</li>"
                "<li>Haga preguntas informadas en las entrevistas, por ejemplo sobre programas de "
                "mentoría, grupos de recursos para empleados y caminos hacia el liderazgo.</li>"
                "<li>Hable con personas que trabajan allí, y con un mentor de su campo, antes de "
                "decidir.</li>"
                "</ul>"
                "<p>Ningún reconocimiento garantiza una experiencia determinada. Es una señal "
                "entre muchas, y su propio criterio es lo que más importa.</p>"
                "<p><b>Nomine a un empleador.</b> Los miembros pueden nominar a un empleador que, "
                "en su opinión, merece el reconocimiento y contarle a NMF qué lo hace diferente. "
                "El personal de NMF lee cada nominación e invita a postularse a los empleadores "
                "más sólidos.</p>"
            ),
        },
    },
    # --- Resources -----------------------------------------------------------------------
    {
        "key": "resources",
        "type": "resource_index",
        "parent": None,
        "show_in_menus": True,
        "en": {
            "title": "Resources",
            "introduction": (
                "Practical guides, toolkits, templates, recordings and trusted links for every "
                "stage of a career in medicine and the health professions, reviewed by NMF staff "
                "at least once a year."
            ),
            "search_description": (
                "Practical guides, toolkits, templates, videos and podcasts for BIPOC students "
                "and clinicians: student loans, retirement, contracts, racial-informed care, "
                "careers and well-being."
            ),
        },
        "es": {
            "title": "Recursos",
            "introduction": (
                "Guías, herramientas, plantillas, grabaciones y enlaces confiables para cada etapa "
                "de una carrera en la medicina y las profesiones de la salud, revisados por el "
                "personal de NMF al menos una vez al año."
            ),
            "search_description": (
                "Guías, herramientas, plantillas, videos y podcasts para estudiantes y "
                "profesionales BIPOC: préstamos, jubilación, contratos, atención con conciencia "
                "racial, carrera y bienestar."
            ),
        },
    },
    # --- Events --------------------------------------------------------------------------
    {
        "key": "events",
        "type": "event_index",
        "parent": None,
        "show_in_menus": True,
        "en": {
            "title": "Events",
            "introduction": (
                "Webinars, networking hours, council town halls and the occasional reception "
                "that bring NMF’s national community together. Register while signed in; "
                "recordings of past sessions stay here."
            ),
            "search_description": (
                "NMF’s events for scholars and alumni: webinars, networking hours and council "
                "town halls, with registration, calendar files and recordings."
            ),
        },
        "es": {
            "title": "Eventos",
            "introduction": (
                "Seminarios web, horas de networking, asambleas abiertas de los consejos y alguna "
                "recepción que reúnen a la comunidad nacional de NMF. Inscríbase con su sesión "
                "iniciada; las grabaciones de las sesiones pasadas quedan aquí."
            ),
            "search_description": (
                "Eventos de NMF para becarios y exalumnos: seminarios web, horas de networking y "
                "asambleas de los consejos, con inscripción, archivos de calendario y grabaciones."
            ),
        },
    },
    # --- Specialties ---------------------------------------------------------------------
    {
        "key": "specialties",
        "parent": None,
        "type": "specialty_index",
        "show_in_menus": False,
        "en": {
            "title": "Specialties",
            "introduction": (
                "Everything the Hub holds for your field in one place: volunteer mentors who "
                "practise it and the courses written with it in mind."
            ),
            "search_description": (
                "Mentors and courses on the Hub by specialty, from family medicine and nursing "
                "to surgery, pharmacy and public health."
            ),
        },
        "es": {
            "title": "Especialidades",
            "introduction": (
                "Todo lo que el Hub ofrece para su campo en un solo lugar: mentores voluntarios "
                "que lo ejercen y los cursos pensados para él."
            ),
            "search_description": (
                "Mentores y cursos del Hub por especialidad, desde medicina familiar y "
                "enfermería hasta cirugía, farmacia y salud pública."
            ),
        },
    },
    # --- Volunteer -----------------------------------------------------------------------
    {
        "key": "volunteer",
        "type": "protocol",
        "parent": None,
        "show_in_menus": True,
        "version": 1,
        "effective_date": "2026-01-15",
        "en": {
            "title": "Volunteer with NMF",
            "introduction": (
                "NMF’s volunteer protocol: the ways you can give your time, and the shared "
                "expectations every mentor accepts so that mentoring on the Hub is safe, "
                "respectful and reliable."
            ),
            "search_description": (
                "NMF’s volunteer protocol for mentors, council members and event volunteers: "
                "responsibilities, time, conduct, confidentiality, boundaries and raising "
                "concerns."
            ),
            "changes": "",
            "body": [
                (
                    "roles",
                    {
                        "heading": "Ways to volunteer",
                        "roles": [
                            {
                                "name": "Mentor",
                                "description": (
                                    "Guide a student, resident or clinician through one-to-one "
                                    "conversations about training, careers and life in health "
                                    "care. You choose who you mentor, how you meet and how many "
                                    "mentees you take on at a time."
                                ),
                                "time": "About one hour a month per mentee",
                            },
                            {
                                "name": "Council member",
                                "description": (
                                    "Serve on the National Alumni Council or the Young Leaders "
                                    "Council, advising NMF on its programs and championing "
                                    "mentoring across the network. Members are chosen each spring "
                                    "and serve a fixed term."
                                ),
                                "time": "A few hours a month, for a two- or three-year term",
                            },
                            {
                                "name": "Event volunteer",
                                "description": (
                                    "Speak at a webinar, host a virtual networking hour or help a "
                                    "council run a town hall. It is a good way to give back when "
                                    "your schedule makes regular commitments hard."
                                ),
                                "time": "A few hours per event, when you are free",
                            },
                        ],
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Responsibilities",
                        "body": (
                            "<p>As a mentor, you offer your experience, perspective and "
                            "encouragement to someone earlier on a path you know. In practice, "
                            "that means you:</p>"
                            "<ul>"
                            "<li>reply to mentorship requests and messages within the times set "
                            "out in this protocol;</li>"
                            "<li>agree with each mentee, in your first conversation, on what they "
                            "hope to gain, how you will meet and how often;</li>"
                            "<li>share what you know honestly, including what you do not know, "
                            "and point your mentee to other people and resources when someone "
                            "else can help more;</li>"
                            "<li>keep the commitments you make, and say so early when you "
                            "cannot;</li>"
                            "<li>keep your mentor profile, capacity and availability up to "
                            "date;</li>"
                            "<li>close a mentorship kindly when it has done its work, or when "
                            "either of you needs to stop.</li>"
                            "</ul>"
                            "<p>Mentoring does not mean writing a mentee’s applications, "
                            "promising them an interview, a residency position or a job, or "
                            "acting on their behalf without their agreement. Council members and "
                            "event volunteers follow the code of conduct, confidentiality and "
                            "concerns sections below as well.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Time commitment",
                        "body": (
                            "<p>You decide how much time to give. On your mentor profile you set "
                            "how many mentees you can support at a time and how often you can "
                            "meet, from about one hour every three months to about one hour a "
                            "week. Most mentors find that about one hour a month per mentee, plus "
                            "a few short messages, works well.</p>"
                            "<p>Choose a capacity you can keep in a hard week, not a good one. "
                            "Once you reach it, new requests stop until a place opens. When life "
                            "gets busy, turn off <i>accepting new mentees</i> on your profile: "
                            "your current mentees are not affected. If you need a longer break, "
                            "see <b>Response expectations</b> below.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Code of conduct",
                        "body": (
                            "<p>Every volunteer on the Hub agrees to:</p>"
                            "<ul>"
                            "<li><b>Treat everyone with respect</b>, whatever their race, "
                            "ethnicity, language, religion, gender, gender identity, sexual "
                            "orientation, disability, age, immigration status or stage of "
                            "training.</li>"
                            "<li><b>Never harass, demean or discriminate</b>, in words, messages, "
                            "jokes or images, online or in person.</li>"
                            "<li><b>Keep the relationship professional.</b> Do not begin a "
                            "romantic or sexual relationship with a mentee, and do not ask for or "
                            "accept money, favors or gifts beyond a token of thanks.</li>"
                            "<li><b>Not sell or recruit.</b> Do not promote products, services or "
                            "investments to a mentee. If you recruit for your employer, say so "
                            "plainly, and never make mentoring depend on it.</li>"
                            "<li><b>Be open about conflicts of interest.</b> If you sit on an "
                            "admissions, selection or hiring committee that will review your "
                            "mentee, tell them, and step aside from that decision.</li>"
                            "<li><b>Be honest</b> about who you are, your experience and the "
                            "limits of what you know.</li>"
                            "</ul>"
                            "<p>NMF may pause or end a volunteer’s participation when this code "
                            "is not followed.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Confidentiality",
                        "body": (
                            "<p>Mentees often share things they have not told anyone else: a "
                            "failed exam, a family crisis, an experience of racism at work. What "
                            "a mentee tells you stays between the two of you. Do not repeat it, "
                            "forward their messages or share their name without their permission, "
                            "including when you make an introduction.</p>"
                            "<p>There are two exceptions. If you believe someone is at risk of "
                            "serious harm, to themselves or to others, act to keep them safe (see "
                            "<b>Boundaries</b> below) and tell NMF. And if you raise a concern "
                            "with NMF, share what staff need in order to understand it.</p>"
                            "<p>Never share information that could identify a patient, even to "
                            "ask for advice; talk about cases only in general terms. "
                            "Confidentiality works both ways: what a mentor shares in confidence "
                            "stays with the mentee.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Response expectations",
                        "body": (
                            "<ul>"
                            "<li><b>Mentorship requests:</b> accept or decline within 10 days. "
                            "The Hub sends you a reminder after 3 days. If you cannot take a "
                            "mentee on, a short, kind decline lets them ask someone else "
                            "sooner.</li>"
                            "<li><b>Messages from mentees:</b> reply within a week, even if only "
                            "to say when you can answer properly.</li>"
                            "<li><b>Meetings:</b> be on time, and give as much notice as you can "
                            "if you need to reschedule.</li>"
                            "<li><b>Stepping back:</b> if illness, family, a move or a demanding "
                            "rotation means you cannot keep up, tell your mentee and NMF’s "
                            "Mentorship Program Staff as soon as you can. Stepping back is not a "
                            "failure; disappearing without a word is what hurts.</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Boundaries and when to refer to professional help",
                        "body": (
                            "<p>Mentors offer experience, perspective and encouragement. You are "
                            "not your mentee’s therapist, lawyer or financial adviser, even if "
                            "that is your profession. And you must never give a mentee medical "
                            "care: do not diagnose, prescribe or advise on their own health or "
                            "treatment; encourage them to see their own clinician.</p>"
                            "<p>When a conversation goes beyond what a mentor can offer, listen "
                            "without judgment, say so kindly and help your mentee find the right "
                            "support:</p>"
                            "<ul>"
                            "<li><b>Immediate danger:</b> if someone’s life or safety is at risk "
                            "right now, call 911.</li>"
                            "<li><b>Thoughts of suicide or emotional crisis:</b> the <a "
                            'href="https://988lifeline.org/">988 Suicide &amp; Crisis '
                            "Lifeline</a> is free, confidential and open 24 hours a day. Call or "
                            "text 988.</li>"
                            "<li><b>Stress, burnout or mental health concerns:</b> the counseling "
                            "service at the mentee’s school, or their employer’s employee "
                            "assistance program (EAP), which usually offers free, confidential "
                            "counseling sessions.</li>"
                            "<li><b>Physicians and medical students:</b> the <a "
                            'href="https://www.physiciansupportline.com/">Physician Support '
                            "Line</a>, 1-888-409-0141, offers free, confidential peer support "
                            "from volunteer psychiatrists.</li>"
                            "<li><b>Legal, immigration or financial questions:</b> a licensed "
                            "attorney or a legal aid organization, the school’s financial aid "
                            "office, or a qualified financial professional.</li>"
                            "</ul>"
                            "<p>If you think a mentee may be at risk of harm, first make sure "
                            "they are connected to help, then let NMF’s Mentorship Program Staff "
                            "know.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "How to raise a concern",
                        "body": (
                            "<p>If something in a mentorship worries you, whether you are a "
                            "mentor or a mentee, write to NMF’s Mentorship Program Staff at <a "
                            'href="mailto:mentorship@hub.example.org">'
                            "mentorship@hub.example.org</a>. "
                            "Tell us what happened, when, and who was involved. You do not need "
                            "every detail, or to be sure that the protocol was broken, to reach "
                            "out.</p>"
                            "<p>What happens next:</p>"
                            "<ol>"
                            "<li>A member of staff confirms that your message has arrived, "
                            "usually within two business days.</li>"
                            "<li>We listen to you and, where appropriate, to the other person, "
                            "and agree with you on the next steps. While we look into a concern, "
                            "we may pause a mentor’s listing; a pause is not a finding.</li>"
                            "<li>We tell you how the concern was resolved, as far as we can "
                            "without breaching anyone else’s privacy.</li>"
                            "</ol>"
                            "<p>Reports are kept confidential and shared only with the NMF staff "
                            "who need them to respond. No one will face retaliation for raising a "
                            "concern in good faith, and retaliation is itself a breach of this "
                            "protocol. If anyone is in immediate danger, call 911 first.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "What accepting means",
                        "body": (
                            "<p>Mentors accept this version of the protocol before they appear in "
                            "the mentor directory. By accepting, you agree to follow it in every "
                            "mentorship on the Hub.</p>"
                            "<p>When NMF publishes a new version, we explain what changed and ask "
                            "every mentor to read and accept it again; until you do, you do not "
                            "appear in the directory. NMF records each acceptance with the date, "
                            "the version and the language you read it in.</p>"
                        ),
                    },
                ),
            ],
        },
        "es": {
            "title": "Voluntariado con NMF",
            "introduction": (
                "El protocolo de voluntariado de NMF: las formas en que puede dedicar su tiempo y "
                "las expectativas compartidas que acepta cada mentor para que la mentoría en el "
                "Hub sea segura, respetuosa y confiable."
            ),
            "search_description": (
                "El protocolo de voluntariado de NMF para mentores, integrantes de los consejos y "
                "voluntarios en eventos: responsabilidades, tiempo, conducta, confidencialidad, "
                "límites e inquietudes."
            ),
            "changes": "",
            "body": [
                (
                    "roles",
                    {
                        "heading": "Formas de ser voluntario",
                        "roles": [
                            {
                                "name": "Mentor",
                                "description": (
                                    "Oriente a un estudiante, residente o profesional clínico en "
                                    "conversaciones individuales sobre la formación, la carrera y "
                                    "la vida en el área de la salud. Usted elige a quién "
                                    "acompaña, cómo se reúnen y a cuántos aprendices atiende a la "
                                    "vez."
                                ),
                                "time": "Alrededor de una hora al mes por aprendiz",
                            },
                            {
                                "name": "Integrante de un consejo",
                                "description": (
                                    "Forme parte del Consejo Nacional de Exalumnos o del Consejo "
                                    "de Jóvenes Líderes, asesore a NMF sobre sus programas y "
                                    "promueva la mentoría en toda la red. Los integrantes se "
                                    "eligen cada primavera y sirven durante un período fijo."
                                ),
                                "time": "Unas horas al mes, durante un período de dos o tres años",
                            },
                            {
                                "name": "Voluntario en eventos",
                                "description": (
                                    "Participe como ponente en un seminario web, anime una hora "
                                    "de networking virtual o ayude a un consejo a organizar una "
                                    "asamblea abierta. Es una buena forma de retribuir cuando su "
                                    "agenda le dificulta asumir compromisos regulares."
                                ),
                                "time": "Unas horas por evento, cuando tenga disponibilidad",
                            },
                        ],
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Responsabilidades",
                        "body": (
                            "<p>Como mentor, usted ofrece su experiencia, su perspectiva y su "
                            "aliento a alguien que recorre un camino que usted ya conoce. En la "
                            "práctica, esto significa que usted:</p>"
                            "<ul>"
                            "<li>responde a las solicitudes de mentoría y a los mensajes en los "
                            "plazos que fija este protocolo;</li>"
                            "<li>acuerda con cada aprendiz, en su primera conversación, qué "
                            "espera lograr, cómo se reunirán y con qué frecuencia;</li>"
                            "<li>comparte lo que sabe con honestidad, incluido lo que no sabe, y "
                            "orienta a su aprendiz hacia otras personas y recursos cuando alguien "
                            "más puede ayudarle mejor;</li>"
                            "<li>cumple los compromisos que asume y avisa a tiempo cuando no "
                            "puede cumplirlos;</li>"
                            "<li>mantiene al día su perfil de mentor, su capacidad y su "
                            "disponibilidad;</li>"
                            "<li>cierra la mentoría con amabilidad cuando ha cumplido su "
                            "propósito o cuando alguno de los dos necesita terminarla.</li>"
                            "</ul>"
                            "<p>Ser mentor no significa redactar las solicitudes de su aprendiz, "
                            "prometerle una entrevista, una plaza de residencia o un empleo, ni "
                            "actuar en su nombre sin su consentimiento. Los integrantes de los "
                            "consejos y los voluntarios en eventos también siguen las secciones "
                            "de código de conducta, confidencialidad e inquietudes que aparecen a "
                            "continuación.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Dedicación de tiempo",
                        "body": (
                            "<p>Usted decide cuánto tiempo dedicar. En su perfil de mentor indica "
                            "a cuántos aprendices puede apoyar a la vez y con qué frecuencia "
                            "puede reunirse, desde alrededor de una hora cada tres meses hasta "
                            "alrededor de una hora por semana. A la mayoría de los mentores les "
                            "funciona bien dedicar alrededor de una hora al mes a cada aprendiz, "
                            "más algunos mensajes breves.</p>"
                            "<p>Elija una capacidad que pueda sostener en una semana difícil, no "
                            "en una buena. Cuando la alcance, dejará de recibir solicitudes "
                            "nuevas hasta que se libere un lugar. Si se avecina una temporada de "
                            "mucho trabajo, indique en su perfil que por ahora <i>no acepta "
                            "nuevos aprendices</i>: sus aprendices actuales no se verán "
                            "afectados. Si necesita una pausa más larga, consulte la sección "
                            "<b>Tiempos de respuesta</b> más abajo.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Código de conducta",
                        "body": (
                            "<p>Todo voluntario del Hub se compromete a:</p>"
                            "<ul>"
                            "<li><b>Tratar a todas las personas con respeto</b>, sin importar su "
                            "raza, origen étnico, idioma, religión, género, identidad de género, "
                            "orientación sexual, discapacidad, edad, situación migratoria o etapa "
                            "de formación.</li>"
                            "<li><b>Nunca acosar, menospreciar ni discriminar</b>, ya sea con "
                            "palabras, mensajes, bromas o imágenes, en línea o en persona.</li>"
                            "<li><b>Mantener una relación profesional.</b> No inicie una relación "
                            "romántica o sexual con un aprendiz, y no pida ni acepte dinero, "
                            "favores o regalos que vayan más allá de un gesto simbólico de "
                            "agradecimiento.</li>"
                            "<li><b>No vender ni reclutar.</b> No promueva productos, servicios "
                            "ni inversiones ante un aprendiz. Si recluta personal para su "
                            "empleador, dígalo con claridad y nunca condicione la mentoría a "
                            "ello.</li>"
                            "<li><b>Declarar los conflictos de interés.</b> Si forma parte de un "
                            "comité de admisión, de selección o de contratación que evaluará a su "
                            "aprendiz, infórmele y absténgase de participar en esa decisión.</li>"
                            "<li><b>Ser honesto</b> sobre quién es, su experiencia y los límites "
                            "de lo que sabe.</li>"
                            "</ul>"
                            "<p>NMF puede suspender o dar por terminada la participación de un "
                            "voluntario que no cumpla este código.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Confidencialidad",
                        "body": (
                            "<p>Los aprendices suelen compartir cosas que no le han contado a "
                            "nadie más: un examen reprobado, una crisis familiar, una experiencia "
                            "de racismo en el trabajo. Lo que un aprendiz le cuenta queda entre "
                            "ustedes dos. No lo repita, no reenvíe sus mensajes ni comparta su "
                            "nombre sin su permiso, ni siquiera cuando lo presente a otra "
                            "persona.</p>"
                            "<p>Hay dos excepciones. Si usted cree que alguien corre el riesgo de "
                            "sufrir un daño grave o de causárselo a otros, actúe para protegerlo "
                            "(consulte la sección <b>Límites</b> más abajo) e informe a NMF. Y si "
                            "plantea una inquietud ante NMF, comparta lo que el personal necesite "
                            "para entenderla.</p>"
                            "<p>Nunca comparta información que permita identificar a un paciente, "
                            "ni siquiera para pedir consejo; hable de casos solo en términos "
                            "generales. La confidencialidad es mutua: lo que un mentor comparte "
                            "en confianza también queda con el aprendiz.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Tiempos de respuesta",
                        "body": (
                            "<ul>"
                            "<li><b>Solicitudes de mentoría:</b> acéptelas o rechácelas en un "
                            "plazo de 10 días. El Hub le envía un recordatorio a los 3 días. Si "
                            "no puede acompañar a un aprendiz, una respuesta breve y amable le "
                            "permite buscar a otra persona cuanto antes.</li>"
                            "<li><b>Mensajes de sus aprendices:</b> responda en un plazo de una "
                            "semana, aunque sea solo para decir cuándo podrá contestar con "
                            "calma.</li>"
                            "<li><b>Reuniones:</b> sea puntual y avise con la mayor anticipación "
                            "posible si necesita cambiar la fecha.</li>"
                            "<li><b>Hacerse a un lado:</b> si una enfermedad, la familia, una "
                            "mudanza o una rotación exigente le impiden continuar, avise a su "
                            "aprendiz y al personal del Programa de Mentoría de NMF lo antes "
                            "posible. Hacer una pausa no es un fracaso; lo que lastima es "
                            "desaparecer sin decir nada.</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Límites y cuándo derivar a ayuda profesional",
                        "body": (
                            "<p>Los mentores ofrecen experiencia, perspectiva y aliento. Usted no "
                            "es el terapeuta, el abogado ni el asesor financiero de su aprendiz, "
                            "aunque esa sea su profesión. Y nunca debe brindarle atención médica: "
                            "no haga diagnósticos, no recete ni le aconseje sobre su propia salud "
                            "o tratamiento; anímelo a consultar a su propio profesional de "
                            "salud.</p>"
                            "<p>Cuando una conversación va más allá de lo que un mentor puede "
                            "ofrecer, escuche sin juzgar, dígalo con amabilidad y ayude a su "
                            "aprendiz a encontrar el apoyo adecuado:</p>"
                            "<ul>"
                            "<li><b>Peligro inmediato:</b> si la vida o la seguridad de alguien "
                            "están en riesgo en este momento, llame al 911.</li>"
                            "<li><b>Pensamientos suicidas o crisis emocional:</b> la <a "
                            'href="https://988lifeline.org/">Línea 988 de Prevención del Suicidio '
                            "y Crisis</a> (988 Suicide &amp; Crisis Lifeline) es gratuita, "
                            "confidencial y atiende las 24 horas. Llame o envíe un mensaje de "
                            "texto al 988; para recibir atención telefónica en español, marque la "
                            "opción 2.</li>"
                            "<li><b>Estrés, agotamiento o salud mental:</b> el servicio de "
                            "consejería de la escuela de su aprendiz, o el programa de asistencia "
                            "al empleado (EAP, por sus siglas en inglés) de su empleador, que "
                            "suele ofrecer sesiones de consejería gratuitas y "
                            "confidenciales.</li>"
                            "<li><b>Médicos y estudiantes de medicina:</b> la <a "
                            'href="https://www.physiciansupportline.com/">Physician Support '
                            "Line</a>, 1-888-409-0141, ofrece apoyo gratuito y confidencial de "
                            "psiquiatras voluntarios.</li>"
                            "<li><b>Preguntas legales, migratorias o financieras:</b> un abogado "
                            "con licencia o una organización de asistencia legal, la oficina de "
                            "ayuda financiera de la escuela o un profesional financiero "
                            "calificado.</li>"
                            "</ul>"
                            "<p>Si cree que un aprendiz podría estar en riesgo, asegúrese primero "
                            "de que esté en contacto con quien pueda ayudarle y luego informe al "
                            "personal del Programa de Mentoría de NMF.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Cómo plantear una inquietud",
                        "body": (
                            "<p>Si algo en una mentoría le preocupa, ya sea usted mentor o "
                            "aprendiz, escriba al personal del Programa de Mentoría de NMF a <a "
                            'href="mailto:mentorship@hub.example.org">'
                            "mentorship@hub.example.org</a>. "
                            "Cuéntenos qué pasó, cuándo y quiénes participaron. No necesita tener "
                            "todos los detalles ni estar seguro de que se incumplió el protocolo "
                            "para comunicarse con nosotros.</p>"
                            "<p>Qué sucede después:</p>"
                            "<ol>"
                            "<li>Una persona del equipo le confirma que recibimos su mensaje, por "
                            "lo general en un plazo de dos días hábiles.</li>"
                            "<li>Lo escuchamos a usted y, cuando corresponde, a la otra persona, "
                            "y acordamos con usted los próximos pasos. Mientras analizamos una "
                            "inquietud, podemos pausar la publicación de un mentor en el "
                            "directorio; una pausa no es una conclusión.</li>"
                            "<li>Le informamos cómo se resolvió la inquietud, en la medida en que "
                            "podamos hacerlo sin vulnerar la privacidad de otras personas.</li>"
                            "</ol>"
                            "<p>Los reportes son confidenciales y solo se comparten con el "
                            "personal de NMF que necesita conocerlos para responder. Nadie "
                            "sufrirá represalias por plantear una inquietud de buena fe, y las "
                            "represalias son en sí mismas un incumplimiento de este protocolo. Si "
                            "alguien está en peligro inmediato, llame primero al 911.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Qué significa aceptar",
                        "body": (
                            "<p>Los mentores aceptan esta versión del protocolo antes de aparecer "
                            "en el directorio de mentores. Al aceptarla, usted se compromete a "
                            "seguirla en cada mentoría del Hub.</p>"
                            "<p>Cuando NMF publica una nueva versión, explicamos qué cambió y "
                            "pedimos a cada mentor que la lea y la acepte de nuevo; hasta que lo "
                            "haga, usted no aparece en el directorio. NMF registra cada "
                            "aceptación con la fecha, la versión y el idioma en que la leyó.</p>"
                        ),
                    },
                ),
            ],
        },
    },
    # --- Councils ------------------------------------------------------------------------
    {
        "key": "councils",
        "type": "council_index",
        "parent": None,
        "show_in_menus": True,
        "en": {
            "title": "Councils",
            "introduction": (
                "The National Alumni Council and the Young Leaders Council give NMF’s community a "
                "voice in how NMF and the Hub serve BIPOC students and clinicians."
            ),
            "search_description": (
                "NMF’s National Alumni Council and Young Leaders Council: what each council does, "
                "how they work together and where to learn about serving."
            ),
            "body": [
                ("heading", {"text": "Two councils, one network", "level": "h2"}),
                (
                    "paragraph",
                    "<p>NMF’s councils bring the experience of its community into the decisions "
                    "that shape NMF and the Hub. Their members are volunteers who know firsthand "
                    "what BIPOC students and clinicians need, and who want the next generation "
                    "to have more support than they did.</p>"
                    "<ul>"
                    "<li><b>The National Alumni Council</b> brings together alumni from across "
                    "the health professions, regions and career stages, and keeps NMF close to "
                    "the people it has supported.</li>"
                    "<li><b>The Young Leaders Council</b> is the voice of students, residents "
                    "and clinicians in their first years of practice, and a place to build "
                    "leadership experience early.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "How they work together", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Both councils advise NMF’s board and staff on programs and priorities, "
                    "and each works with an NMF staff liaison. They meet separately through the "
                    "year and come together at least once a year to compare notes and host a "
                    "joint town hall, so that the advice NMF hears reflects both long experience "
                    "and a fresh view of training today.</p>"
                    "<p>Their members also champion mentoring. Many mentor on the Hub "
                    "themselves, and the councils pair experienced alumni with young leaders to "
                    "plan events and to reach alumni who may not know that NMF supported "
                    "them.</p>",
                ),
                ("heading", {"text": "Serving on a council", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Each council’s page sets out its charter, who serves now and who has "
                    "served, when it meets and how to express interest or nominate a colleague. "
                    "You can also send a council a message from its page.</p>",
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Other ways to give back",
                        "text": (
                            "Not ready for a council? Mentoring and event volunteering are "
                            "valuable ways to support the network."
                        ),
                        "button": {"label": "Volunteer with NMF", "page": "volunteer"},
                    },
                ),
            ],
        },
        "es": {
            "title": "Consejos",
            "introduction": (
                "El Consejo Nacional de Exalumnos y el Consejo de Jóvenes Líderes dan voz a la "
                "comunidad de NMF en la forma en que NMF y el Hub sirven a estudiantes y "
                "profesionales BIPOC."
            ),
            "search_description": (
                "El Consejo Nacional de Exalumnos y el Consejo de Jóvenes Líderes de NMF: qué "
                "hace cada consejo, cómo trabajan juntos y dónde informarse para formar parte de "
                "ellos."
            ),
            "body": [
                ("heading", {"text": "Dos consejos, una red", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Los consejos de NMF llevan la experiencia de su comunidad a las "
                    "decisiones que dan forma a NMF y al Hub. Sus integrantes son voluntarios "
                    "que conocen de primera mano lo que necesitan los estudiantes y "
                    "profesionales clínicos BIPOC, y que quieren que la próxima generación tenga "
                    "más apoyo del que ellos tuvieron.</p>"
                    "<ul>"
                    "<li><b>El Consejo Nacional de Exalumnos</b> reúne a exalumnos de todas las "
                    "profesiones de la salud, regiones y etapas de la carrera, y mantiene a NMF "
                    "cerca de las personas que ha apoyado.</li>"
                    "<li><b>El Consejo de Jóvenes Líderes</b> es la voz de estudiantes, "
                    "residentes y profesionales en sus primeros años de práctica, y un espacio "
                    "para desarrollar experiencia de liderazgo desde temprano.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Cómo trabajan juntos", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Ambos consejos asesoran a la junta directiva y al personal de NMF sobre "
                    "programas y prioridades, y cada uno trabaja con un enlace del personal de "
                    "NMF. Se reúnen por separado durante el año y al menos una vez al año se "
                    "juntan para intercambiar ideas y organizar una asamblea abierta conjunta, "
                    "de modo que los consejos que recibe NMF reflejen tanto una larga "
                    "experiencia como una mirada actual sobre la formación.</p>"
                    "<p>Sus integrantes también promueven la mentoría. Muchos son mentores en el "
                    "Hub, y los consejos forman equipos de exalumnos con experiencia y jóvenes "
                    "líderes para planear eventos y llegar a exalumnos que tal vez no saben que "
                    "NMF los apoyó.</p>",
                ),
                ("heading", {"text": "Formar parte de un consejo", "level": "h2"}),
                (
                    "paragraph",
                    "<p>La página de cada consejo presenta su reglamento, quiénes lo integran "
                    "ahora y quiénes lo integraron, cuándo se reúne y cómo expresar su interés o "
                    "postular a un colega. También puede enviarle un mensaje a un consejo desde "
                    "su página.</p>",
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Otras formas de retribuir",
                        "text": (
                            "¿Todavía no está listo para un consejo? La mentoría y el "
                            "voluntariado en eventos son formas valiosas de apoyar a la red."
                        ),
                        "button": {"label": "Sea voluntario con NMF", "page": "volunteer"},
                    },
                ),
            ],
        },
    },
    # --- National Alumni Council ---------------------------------------------------------
    {
        "key": "national-alumni-council",
        "parent": "councils",
        "type": "council",
        "show_in_menus": False,
        "contact_email": "alumni-council@hub.example.org",
        "en": {
            "title": "National Alumni Council",
            "introduction": (
                "The National Alumni Council connects NMF alumni across professions, regions and "
                "generations, and advises NMF on how to serve the people it has supported and "
                "those who follow them."
            ),
            "search_description": (
                "The charter, members and meetings of NMF’s National Alumni Council, and how to "
                "join or nominate a colleague."
            ),
            "meeting_cadence": "Quarterly by video, and once a year in person",
            "how_to_join": (
                "<p>NMF opens a call for expressions of interest each spring, announced on the "
                "Hub. Send a short statement about why you want to serve and what you would "
                "bring, with your profession and the region where you live or work. You may also "
                "nominate a colleague, with their agreement.</p>"
                "<p>New members are chosen by the end of May and begin their terms on July 1. If "
                "you have a question about serving, write to the council using the form on this "
                "page.</p>"
            ),
            "charter": [
                ("heading", {"text": "Mandate", "level": "h2"}),
                (
                    "paragraph",
                    "<p>The National Alumni Council advises National Medical Fellowships on how "
                    "best to serve its alumni and the BIPOC students and clinicians who follow "
                    "them. The council:</p>"
                    "<ul>"
                    "<li>advises NMF’s leadership and board on programs, priorities and the "
                    "Hub;</li>"
                    "<li>helps NMF find and reconnect with alumni, including those who never "
                    "knew NMF supported them;</li>"
                    "<li>champions mentoring, and encourages alumni to volunteer as mentors and "
                    "speakers;</li>"
                    "<li>hosts at least one town hall a year, open to all Hub members.</li>"
                    "</ul>"
                    "<p>The council is advisory. It does not select scholarship recipients or "
                    "manage NMF’s funds.</p>",
                ),
                ("heading", {"text": "Membership and terms", "level": "h2"}),
                (
                    "paragraph",
                    "<p>The council has up to 12 voting members, all NMF alumni: scholars, "
                    "awardees and program participants who have completed their training. "
                    "Together they reflect the range of NMF’s community across professions, "
                    "regions, career stages and backgrounds. An NMF staff liaison supports the "
                    "council and takes part in its work without a vote.</p>"
                    "<p>Members are chosen each spring from expressions of interest and "
                    "nominations. A panel made up of the vice chair, one other member and the "
                    "staff liaison recommends new members, and NMF’s president appoints "
                    "them.</p>"
                    "<p>Members serve three-year terms, renewable once. Terms run from July 1 to "
                    "June 30 and are staggered, so that about a third of the seats change each "
                    "year.</p>",
                ),
                ("heading", {"text": "Officers and meetings", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Each spring the council elects a chair, a vice chair and a secretary "
                    "from among its members, for one-year terms that may be renewed. The chair "
                    "leads meetings and speaks for the council to NMF; the vice chair stands in "
                    "for the chair and leads the selection of new members; the secretary keeps "
                    "the minutes and tracks the council’s recommendations.</p>"
                    "<p>The council meets quarterly by video and once a year in person. A "
                    "majority of voting members is a quorum. The council decides by consensus "
                    "where it can, and otherwise by a majority of the voting members "
                    "present.</p>",
                ),
                ("heading", {"text": "Conflicts of interest and reporting", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Members disclose in writing, each year and whenever one arises, any "
                    "interest that could affect their advice, such as a role with an "
                    "organization that partners with NMF or receives its support. A member with "
                    "a conflict says so and steps out of the discussion. No member uses a "
                    "council role for personal or commercial gain.</p>"
                    "<p>The council reports to NMF’s Board of Directors. The chair, with the "
                    "staff liaison, presents a written report to the board twice a year, and the "
                    "board may ask for the council’s advice at any time. Changes to this charter "
                    "are approved by the board.</p>",
                ),
            ],
        },
        "es": {
            "title": "Consejo Nacional de Exalumnos",
            "introduction": (
                "El Consejo Nacional de Exalumnos conecta a exalumnos de NMF de distintas "
                "profesiones, regiones y generaciones, y asesora a NMF sobre cómo servir a las "
                "personas que ha apoyado y a quienes vienen detrás."
            ),
            "search_description": (
                "El reglamento, los integrantes y las reuniones del Consejo Nacional de Exalumnos "
                "de NMF, y cómo formar parte de él o postular a un colega."
            ),
            "meeting_cadence": "Cada tres meses por videollamada, y una vez al año en persona",
            "how_to_join": (
                "<p>Cada primavera, NMF abre una convocatoria para expresar interés, que se "
                "anuncia en el Hub. Envíe una breve declaración sobre por qué quiere servir y qué "
                "aportaría, junto con su profesión y la región donde vive o trabaja. También "
                "puede postular a un colega, con su consentimiento.</p>"
                "<p>Los nuevos integrantes se eligen antes de que termine mayo y comienzan su "
                "período el 1 de julio. Si tiene preguntas sobre cómo servir, escriba al consejo "
                "mediante el formulario de esta página.</p>"
            ),
            "charter": [
                ("heading", {"text": "Mandato", "level": "h2"}),
                (
                    "paragraph",
                    "<p>El Consejo Nacional de Exalumnos asesora a National Medical Fellowships "
                    "sobre la mejor forma de servir a sus exalumnos y a los estudiantes y "
                    "profesionales clínicos BIPOC que vienen detrás. El consejo:</p>"
                    "<ul>"
                    "<li>asesora a la dirección y a la junta directiva de NMF sobre programas, "
                    "prioridades y el Hub;</li>"
                    "<li>ayuda a NMF a encontrar y volver a conectar con exalumnos, incluidos "
                    "quienes nunca supieron que NMF los apoyó;</li>"
                    "<li>promueve la mentoría y anima a los exalumnos a ofrecerse como mentores "
                    "y ponentes;</li>"
                    "<li>organiza al menos una asamblea abierta al año para todos los miembros "
                    "del Hub.</li>"
                    "</ul>"
                    "<p>El consejo es consultivo. No selecciona a los becarios ni administra los "
                    "fondos de NMF.</p>",
                ),
                ("heading", {"text": "Integrantes y períodos", "level": "h2"}),
                (
                    "paragraph",
                    "<p>El consejo tiene hasta 12 integrantes con voto, todos exalumnos de NMF: "
                    "becarios, galardonados y participantes de programas que han completado su "
                    "formación. En conjunto reflejan la diversidad de la comunidad de NMF en "
                    "profesiones, regiones, etapas de la carrera y orígenes. Un enlace del "
                    "personal de NMF apoya al consejo y participa en su trabajo sin voto.</p>"
                    "<p>Los integrantes se eligen cada primavera entre las expresiones de "
                    "interés y las postulaciones recibidas. Un comité formado por la "
                    "vicepresidencia, otro integrante y el enlace del personal recomienda a los "
                    "nuevos integrantes, y la presidencia de NMF los designa.</p>"
                    "<p>Los integrantes sirven por períodos de tres años, renovables una vez. "
                    "Los períodos van del 1 de julio al 30 de junio y se escalonan, de modo que "
                    "cada año se renueva alrededor de un tercio de los puestos.</p>",
                ),
                ("heading", {"text": "Cargos y reuniones", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Cada primavera, el consejo elige entre sus integrantes a una "
                    "presidencia, una vicepresidencia y una secretaría, por períodos de un año "
                    "que pueden renovarse. Quien preside dirige las reuniones y habla en nombre "
                    "del consejo ante NMF; la vicepresidencia suple a la presidencia y dirige la "
                    "selección de nuevos integrantes; la secretaría levanta las actas y da "
                    "seguimiento a las recomendaciones del consejo.</p>"
                    "<p>El consejo se reúne cada tres meses por videollamada y una vez al año en "
                    "persona. La mayoría de los integrantes con voto constituye el quórum. El "
                    "consejo decide por consenso siempre que puede y, de lo contrario, por "
                    "mayoría de los integrantes con voto presentes.</p>",
                ),
                (
                    "heading",
                    {"text": "Conflictos de interés y rendición de cuentas", "level": "h2"},
                ),
                (
                    "paragraph",
                    "<p>Los integrantes declaran por escrito, cada año y cada vez que surja, "
                    "cualquier interés que pueda influir en su asesoría, como un cargo en una "
                    "organización aliada de NMF o que recibe su apoyo. Quien tenga un conflicto "
                    "lo declara y se retira de la discusión. Ningún integrante usa su cargo en "
                    "el consejo para obtener beneficios personales o comerciales.</p>"
                    "<p>El consejo rinde cuentas a la Junta Directiva de NMF. Quien preside, "
                    "junto con el enlace del personal, presenta un informe escrito a la junta "
                    "dos veces al año, y la junta puede pedir la opinión del consejo en "
                    "cualquier momento. Los cambios a este reglamento requieren la aprobación de "
                    "la junta.</p>",
                ),
            ],
        },
    },
    # --- Young Leaders Council -----------------------------------------------------------
    {
        "key": "young-leaders-council",
        "parent": "councils",
        "type": "council",
        "show_in_menus": False,
        "contact_email": "young-leaders@hub.example.org",
        "en": {
            "title": "Young Leaders Council",
            "introduction": (
                "The Young Leaders Council brings the voices of students, residents and "
                "early-career clinicians to NMF, and gives its members real leadership experience "
                "early in their careers."
            ),
            "search_description": (
                "The charter, members and meetings of NMF’s Young Leaders Council for students, "
                "residents and early-career clinicians, and how to apply."
            ),
            "meeting_cadence": "Every other month by video, and once a year in person",
            "how_to_join": (
                "<p>Applications open each spring. You can apply if you are a health-professions "
                "student, a resident or fellow, or a clinician in your first years of practice "
                "(generally within ten years of finishing training), and NMF has supported you as "
                "a scholar, awardee or program participant.</p>"
                "<p>Send a short statement about an issue in health care you care about and what "
                "you hope to learn by serving. Students and trainees should also name a faculty "
                "member or supervisor who knows their work. You may nominate a peer, with their "
                "agreement.</p>"
                "<p>New members are announced in May and start on July 1. Questions are welcome "
                "through the form on this page.</p>"
            ),
            "charter": [
                ("heading", {"text": "Mandate", "level": "h2"}),
                (
                    "paragraph",
                    "<p>The Young Leaders Council makes sure NMF hears from the people starting "
                    "out in medicine and the health professions today. The council:</p>"
                    "<ul>"
                    "<li>advises NMF on what students, trainees and early-career clinicians "
                    "need, from the Hub’s courses to its events;</li>"
                    "<li>plans and hosts events for its peers, including a yearly town hall with "
                    "the National Alumni Council;</li>"
                    "<li>encourages its peers to find mentors and, as they progress, to mentor "
                    "others;</li>"
                    "<li>gives its members hands-on experience of governance, advocacy and "
                    "leading a team.</li>"
                    "</ul>"
                    "<p>Like the National Alumni Council, it is advisory and plays no part in "
                    "selecting scholarship recipients.</p>",
                ),
                ("heading", {"text": "Who serves", "level": "h2"}),
                (
                    "paragraph",
                    "<p>The council has up to 12 voting members: health-professions students, "
                    "residents and fellows, and clinicians in their first years of practice, "
                    "generally within ten years of completing training or under 40. At least "
                    "three seats are held by students and at least three by residents or "
                    "fellows, and the council aims for a mix of professions, regions and "
                    "backgrounds. An NMF staff liaison supports the council without a vote.</p>"
                    "<p>Members are chosen each spring by a panel made up of the vice chair, a "
                    "member of the National Alumni Council and the staff liaison, and are "
                    "appointed by NMF. A member who graduates or finishes training during their "
                    "term serves until the term ends.</p>",
                ),
                ("heading", {"text": "Terms and officers", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Members serve two-year terms, from July 1 to June 30, renewable once. "
                    "Each spring the council elects a chair, a vice chair and a secretary for "
                    "the following year. The vice chair usually goes on to serve as chair, so "
                    "that every chair has a year to learn the role. The secretary keeps the "
                    "minutes and follows up on the council’s decisions.</p>",
                ),
                (
                    "heading",
                    {"text": "Meetings, conflicts of interest and reporting", "level": "h2"},
                ),
                (
                    "paragraph",
                    "<p>The council meets every other month by video and once a year in person. "
                    "Meetings are scheduled around exam and rotation calendars, and members may "
                    "join by phone. A majority of voting members is a quorum, and the council "
                    "decides by consensus where it can, otherwise by majority vote.</p>"
                    "<p>Members disclose any interest that could affect their advice, such as a "
                    "role with an organization that works with NMF, and step out of discussions "
                    "where they have a conflict. They take no part in decisions about awards "
                    "that they or people close to them could receive.</p>"
                    "<p>The council reports to NMF’s Board of Directors through its staff "
                    "liaison. The chair presents a written report to the board once a year and, "
                    "with the chair of the National Alumni Council, joins the board’s yearly "
                    "discussion of both councils’ advice.</p>",
                ),
            ],
        },
        "es": {
            "title": "Consejo de Jóvenes Líderes",
            "introduction": (
                "El Consejo de Jóvenes Líderes lleva a NMF las voces de estudiantes, residentes y "
                "profesionales que inician su carrera, y ofrece a sus integrantes experiencia "
                "real de liderazgo desde temprano."
            ),
            "search_description": (
                "El reglamento, los integrantes y las reuniones del Consejo de Jóvenes Líderes de "
                "NMF para estudiantes, residentes y profesionales que inician su carrera, y cómo "
                "postularse."
            ),
            "meeting_cadence": "Cada dos meses por videollamada, y una vez al año en persona",
            "how_to_join": (
                "<p>La convocatoria abre cada primavera. Puede postularse si es estudiante de una "
                "profesión de la salud, residente o fellow, o profesional en sus primeros años de "
                "práctica (por lo general, dentro de los diez años posteriores a terminar su "
                "formación), y NMF lo ha apoyado como becario, galardonado o participante de un "
                "programa.</p>"
                "<p>Envíe una breve declaración sobre un tema de la salud que le importe y lo que "
                "espera aprender al servir. Los estudiantes y las personas en formación deben "
                "indicar además el nombre de un docente o supervisor que conozca su trabajo. "
                "También puede postular a un colega, con su consentimiento.</p>"
                "<p>Los nuevos integrantes se anuncian en mayo y comienzan el 1 de julio. Puede "
                "enviar sus preguntas mediante el formulario de esta página.</p>"
            ),
            "charter": [
                ("heading", {"text": "Mandato", "level": "h2"}),
                (
                    "paragraph",
                    "<p>El Consejo de Jóvenes Líderes se asegura de que NMF escuche a quienes "
                    "hoy comienzan su camino en la medicina y en las profesiones de la salud. El "
                    "consejo:</p>"
                    "<ul>"
                    "<li>asesora a NMF sobre lo que necesitan los estudiantes, las personas en "
                    "formación y los profesionales que inician su carrera, desde los cursos del "
                    "Hub hasta sus eventos;</li>"
                    "<li>planea y organiza eventos para sus pares, incluida una asamblea abierta "
                    "anual con el Consejo Nacional de Exalumnos;</li>"
                    "<li>anima a sus pares a buscar mentores y, a medida que avanzan, a ser "
                    "mentores de otros;</li>"
                    "<li>ofrece a sus integrantes experiencia práctica en gobernanza, incidencia "
                    "y dirección de equipos.</li>"
                    "</ul>"
                    "<p>Al igual que el Consejo Nacional de Exalumnos, es consultivo y no "
                    "participa en la selección de becarios.</p>",
                ),
                ("heading", {"text": "Quiénes lo integran", "level": "h2"}),
                (
                    "paragraph",
                    "<p>El consejo tiene hasta 12 integrantes con voto: estudiantes de las "
                    "profesiones de la salud, residentes y fellows, y profesionales en sus "
                    "primeros años de práctica, por lo general dentro de los diez años "
                    "posteriores a terminar su formación o menores de 40 años. Al menos tres "
                    "puestos corresponden a estudiantes y al menos tres a residentes o fellows, "
                    "y el consejo busca una combinación de profesiones, regiones y orígenes. Un "
                    "enlace del personal de NMF apoya al consejo sin voto.</p>"
                    "<p>Los integrantes se eligen cada primavera mediante un comité formado por "
                    "la vicepresidencia, un integrante del Consejo Nacional de Exalumnos y el "
                    "enlace del personal, y NMF los designa. Quien se gradúe o termine su "
                    "formación durante su período sigue en el consejo hasta que el período "
                    "concluya.</p>",
                ),
                ("heading", {"text": "Períodos y cargos", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Los integrantes sirven por períodos de dos años, del 1 de julio al 30 de "
                    "junio, renovables una vez. Cada primavera, el consejo elige una "
                    "presidencia, una vicepresidencia y una secretaría para el año siguiente. "
                    "Por lo general, quien ocupa la vicepresidencia pasa luego a la presidencia, "
                    "para que cada presidente tenga un año para aprender la función. La "
                    "secretaría levanta las actas y da seguimiento a las decisiones del "
                    "consejo.</p>",
                ),
                (
                    "heading",
                    {
                        "text": "Reuniones, conflictos de interés y rendición de cuentas",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    "<p>El consejo se reúne cada dos meses por videollamada y una vez al año en "
                    "persona. Las reuniones se programan teniendo en cuenta los calendarios de "
                    "exámenes y rotaciones, y los integrantes pueden participar por teléfono. La "
                    "mayoría de los integrantes con voto constituye el quórum, y el consejo "
                    "decide por consenso siempre que puede y, de lo contrario, por mayoría de "
                    "votos.</p>"
                    "<p>Los integrantes declaran cualquier interés que pueda influir en su "
                    "asesoría, como un cargo en una organización que trabaja con NMF, y se "
                    "retiran de las discusiones en las que tengan un conflicto. No participan en "
                    "decisiones sobre premios o becas que ellos o personas cercanas puedan "
                    "recibir.</p>"
                    "<p>El consejo rinde cuentas a la Junta Directiva de NMF por medio de su "
                    "enlace del personal. Quien preside presenta un informe escrito a la junta "
                    "una vez al año y, junto con la presidencia del Consejo Nacional de "
                    "Exalumnos, participa en la conversación anual de la junta sobre las "
                    "recomendaciones de ambos consejos.</p>",
                ),
            ],
        },
    },
    # --- Did NMF support me? -------------------------------------------------------------
    {
        "key": "did-nmf-support-me",
        "type": "claim_page",
        "parent": None,
        "show_in_menus": True,
        "en": {
            "title": "Did NMF support me?",
            "introduction": (
                "Many NMF scholarships were paid through school financial aid, so many scholars "
                "never knew NMF supported them. If you think you may be one of them, ask here: "
                "privately, and answered by NMF staff."
            ),
            "search_description": (
                "Find out whether National Medical Fellowships supported your training: how to "
                "ask, how NMF staff verify it and how your privacy is protected."
            ),
            "what_happens_next": (
                "<ol>"
                "<li><b>Confirm your email.</b> We send you a link. Your request reaches NMF "
                "staff only once you open it and confirm; the link works for seven days.</li>"
                "<li><b>Staff review.</b> NMF’s alumni relations staff check your details "
                "privately against NMF’s records. Records from earlier decades may be "
                "incomplete, and names change, so they may write to ask for more details.</li>"
                "<li><b>Our answer.</b> We email you in the language you used here. If NMF "
                "supported you, we invite you to join the Hub as part of the alumni network, or "
                "mark your Hub profile as a verified NMF alum if you are already a member.</li>"
                "</ol>"
                "<p>Please ask only for yourself. If you think a colleague was an NMF scholar, "
                "share this page with them.</p>"
            ),
            "how_we_use_information": (
                "<ul>"
                "<li>Only NMF’s alumni relations staff see what you send, and only to answer "
                "your request and to write to you about it.</li>"
                "<li>The page you see after sending the form is the same for everyone: the Hub "
                "never tells anyone whether a person is in NMF’s records.</li>"
                "<li>We never publish lists of alumni, and we never share your details with "
                "other members.</li>"
                "</ul>"
            ),
        },
        "es": {
            "title": "¿Me apoyó NMF?",
            "introduction": (
                "Muchas becas de NMF se pagaron a través de la ayuda financiera de las escuelas, "
                "así que muchos becarios nunca supieron que NMF los había apoyado. Si cree que "
                "puede ser uno de ellos, pregunte aquí: de forma privada, y le responderá el "
                "personal de NMF."
            ),
            "search_description": (
                "Averigüe si National Medical Fellowships apoyó su formación: cómo preguntar, "
                "cómo lo verifica el personal de NMF y cómo se protege su privacidad."
            ),
            "what_happens_next": (
                "<ol>"
                "<li><b>Confirme su correo electrónico.</b> Le enviamos un enlace. Su solicitud "
                "llega al personal de NMF solo cuando usted lo abre y confirma; el enlace "
                "funciona durante siete días.</li>"
                "<li><b>Revisión del personal.</b> El personal de relaciones con exalumnos de "
                "NMF compara sus datos de forma privada con los registros de NMF. Los registros "
                "de décadas anteriores pueden estar incompletos, y los nombres cambian, así que "
                "es posible que le escriban para pedirle más datos.</li>"
                "<li><b>Nuestra respuesta.</b> Le escribimos en el idioma que usó aquí. Si NMF "
                "lo apoyó, lo invitamos a unirse al Hub como parte de la red de exalumnos o, si "
                "ya es miembro, marcamos su perfil del Hub como exalumno verificado de NMF.</li>"
                "</ol>"
                "<p>Pregunte solo por usted. Si cree que un colega fue becario de NMF, comparta "
                "esta página con él o ella.</p>"
            ),
            "how_we_use_information": (
                "<ul>"
                "<li>Solo el personal de relaciones con exalumnos de NMF ve lo que usted envía, "
                "y solo para responder a su solicitud y escribirle sobre ella.</li>"
                "<li>La página que ve después de enviar el formulario es la misma para todos: el "
                "Hub nunca le dice a nadie si una persona figura en los registros de NMF.</li>"
                "<li>Nunca publicamos listas de exalumnos ni compartimos sus datos con otros "
                "miembros.</li>"
                "</ul>"
            ),
        },
    },
    # --- Frequently asked questions ------------------------------------------------------
    {
        "key": "faq",
        "parent": "about",
        "show_in_menus": False,
        "en": {
            "title": "Frequently asked questions",
            "introduction": (
                "Quick answers about joining the Hub, what it costs, languages, privacy, "
                "accessibility and how to reach NMF."
            ),
            "search_description": (
                "Answers to common questions about the Hub: who can join, cost, languages, "
                "privacy, accessibility and how to contact National Medical Fellowships."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Here are answers to the questions we hear most often. The Hub is opening "
                    "section by section, and we will add to this page as new features open.</p>",
                ),
                (
                    "accordion",
                    {
                        "heading": "About the Hub",
                        "items": [
                            {
                                "question": "What is the Hub?",
                                "answer": (
                                    "<p>The Hub is National Medical Fellowships’ online home for "
                                    "its community. It brings together learning, mentorship, "
                                    "Employers of Choice, resources and events, and a private "
                                    "way for alumni to find out whether NMF supported them.</p>"
                                ),
                            },
                            {
                                "question": "Who can join?",
                                "answer": (
                                    "<p>The Hub is built for NMF scholars and alumni, and for "
                                    "the BIPOC pre-health and health-professions students, "
                                    "residents and clinicians NMF serves. Accounts are verified "
                                    "before members can see profiles or use the mentor "
                                    "directory.</p>"
                                ),
                            },
                            {
                                "question": "How much does it cost?",
                                "answer": "<p>The Hub is free to join.</p>",
                            },
                            {
                                "question": "Is everything open yet?",
                                "answer": (
                                    "<p>Not yet. The courses, the mentor directory, employer "
                                    "profiles, the resource library, the event calendar and the "
                                    "“Did NMF support me?” form open soon. Each section’s page "
                                    "explains what is coming.</p>"
                                ),
                            },
                            {
                                "question": "Which languages is the Hub available in?",
                                "answer": (
                                    "<p>English and Spanish. You can switch languages from any "
                                    "page, and the content is the same in both.</p>"
                                ),
                            },
                            {
                                "question": "Who can see my profile?",
                                "answer": (
                                    "<p>Only signed-in, verified members. The mentor directory "
                                    "never shows email addresses or phone numbers, and email "
                                    "addresses are shared only once both people agree to a "
                                    "mentorship.</p>"
                                ),
                            },
                            {
                                "question": "Is the Hub accessible?",
                                "answer": (
                                    "<p>We want everyone to be able to use the Hub, including "
                                    "people who use screen readers, keyboard navigation, "
                                    "magnification or a phone. If something gets in your way, "
                                    "please tell us so we can fix it.</p>"
                                ),
                            },
                            {
                                "question": "How do I contact NMF?",
                                "answer": (
                                    "<p>Write to us at info@nmfonline.org. Please don’t include "
                                    "sensitive personal or financial details in your "
                                    "message.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Not sure whether NMF supported you?",
                        "text": (
                            "Many alumni never knew. Learn how you will be able to ask, "
                            "privately and safely."
                        ),
                        "button": {"label": "Did NMF support me?", "page": "did-nmf-support-me"},
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Want the details on privacy?",
                        "text": (
                            "Our plain-language summary explains what we collect, who sees it "
                            "and how to export or delete your data."
                        ),
                        "button": {"label": "Read the privacy summary", "page": "privacy"},
                    },
                ),
            ],
        },
        "es": {
            "title": "Preguntas frecuentes",
            "introduction": (
                "Respuestas rápidas sobre cómo unirse al Hub, su costo, los idiomas, la "
                "privacidad, la accesibilidad y cómo comunicarse con NMF."
            ),
            "search_description": (
                "Respuestas a preguntas comunes sobre el Hub: quién puede unirse, costo, idiomas, "
                "privacidad, accesibilidad y cómo contactar a National Medical Fellowships."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Estas son las respuestas a las preguntas que más recibimos. El Hub abre "
                    "sección por sección, y ampliaremos esta página a medida que abran nuevas "
                    "funciones.</p>",
                ),
                (
                    "accordion",
                    {
                        "heading": "Acerca del Hub",
                        "items": [
                            {
                                "question": "¿Qué es el Hub?",
                                "answer": (
                                    "<p>El Hub es el espacio en línea de National Medical "
                                    "Fellowships para su comunidad. Reúne aprendizaje, mentoría, "
                                    "Empleadores de Preferencia, recursos y eventos, y una forma "
                                    "privada para que los exalumnos averigüen si NMF los "
                                    "apoyó.</p>"
                                ),
                            },
                            {
                                "question": "¿Quién puede unirse?",
                                "answer": (
                                    "<p>El Hub está pensado para los becarios y exalumnos de NMF, "
                                    "y para los estudiantes BIPOC que se preparan para una "
                                    "carrera de la salud o ya la cursan, los residentes y los "
                                    "profesionales clínicos a quienes NMF sirve. Las cuentas se "
                                    "verifican antes de que los miembros puedan ver perfiles o "
                                    "usar el directorio de mentores.</p>"
                                ),
                            },
                            {
                                "question": "¿Cuánto cuesta?",
                                "answer": "<p>Unirse al Hub es gratis.</p>",
                            },
                            {
                                "question": "¿Ya está todo abierto?",
                                "answer": (
                                    "<p>Todavía no. Los cursos, el directorio de mentores, los "
                                    "perfiles de empleadores, la biblioteca de recursos, el "
                                    "calendario de eventos y el formulario “¿Me apoyó NMF?” "
                                    "abrirán pronto. La página de cada sección explica lo que "
                                    "viene.</p>"
                                ),
                            },
                            {
                                "question": "¿En qué idiomas está disponible el Hub?",
                                "answer": (
                                    "<p>En inglés y en español. Puede cambiar de idioma desde "
                                    "cualquier página, y el contenido es el mismo en ambos.</p>"
                                ),
                            },
                            {
                                "question": "¿Quién puede ver mi perfil?",
                                "answer": (
                                    "<p>Solo los miembros verificados que hayan iniciado sesión. "
                                    "El directorio de mentores nunca muestra correos "
                                    "electrónicos ni números de teléfono, y los correos "
                                    "electrónicos solo se comparten cuando ambas personas "
                                    "aceptan una mentoría.</p>"
                                ),
                            },
                            {
                                "question": "¿Es accesible el Hub?",
                                "answer": (
                                    "<p>Queremos que todas las personas puedan usar el Hub, "
                                    "incluidas quienes usan lectores de pantalla, navegación "
                                    "con teclado, ampliación de pantalla o un teléfono. Si algo "
                                    "le dificulta el uso, díganoslo para que podamos "
                                    "corregirlo.</p>"
                                ),
                            },
                            {
                                "question": "¿Cómo me comunico con NMF?",
                                "answer": (
                                    "<p>Escríbanos a info@nmfonline.org. Por favor, no incluya "
                                    "datos personales o financieros delicados en su "
                                    "mensaje.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "¿No sabe si NMF lo apoyó?",
                        "text": (
                            "Muchos exalumnos nunca lo supieron. Conozca cómo podrá preguntarlo "
                            "de forma privada y segura."
                        ),
                        "button": {"label": "¿Me apoyó NMF?", "page": "did-nmf-support-me"},
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "¿Quiere conocer los detalles sobre la privacidad?",
                        "text": (
                            "Nuestro resumen en lenguaje sencillo explica qué recopilamos, quién "
                            "lo ve y cómo exportar o eliminar sus datos."
                        ),
                        "button": {"label": "Lea el resumen de privacidad", "page": "privacy"},
                    },
                ),
            ],
        },
    },
    # --- Privacy -------------------------------------------------------------------------
    {
        "key": "privacy",
        "parent": "about",
        "show_in_menus": False,
        "en": {
            "title": "Privacy summary",
            "introduction": (
                "A plain-language summary of how the Hub handles your information: what we "
                "collect, who can see it and the choices you have."
            ),
            "search_description": (
                "How the Hub handles your information, in plain language: account data, who "
                "sees profiles, the alumni registry, and exporting or deleting your data."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>This page is a plain-language summary of how the Hub handles your "
                    "information. We have kept it short and direct; if anything is unclear, "
                    "please ask us.</p>",
                ),
                ("heading", {"text": "What we collect for an account", "level": "h2"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Your name and email address, and a password that you choose.</li>"
                    "<li>The profile details you decide to add, such as your profession, "
                    "specialty, region, stage of training and a short introduction.</li>"
                    "<li>Your activity on the Hub: course progress and certificates, mentorship "
                    "requests and event registrations.</li>"
                    "</ul>"
                    "<p>We use this information to run the Hub for you and to keep the "
                    "community safe.</p>",
                ),
                ("heading", {"text": "Who sees your profile", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Member profiles are visible only to signed-in, verified members. They "
                    "are not public.</p>"
                    "<p>The mentor directory never shows email addresses or phone numbers. Your "
                    "email address is shared with another member only once both of you agree to "
                    "a mentorship.</p>"
                    "<p>NMF staff who run the Hub can see account information when they need it "
                    "to verify accounts, support members or keep the community safe.</p>",
                ),
                ("heading", {"text": "The alumni registry", "level": "h2"}),
                (
                    "paragraph",
                    "<p>NMF keeps a registry of the people it has supported. Access to it is "
                    "limited to NMF’s alumni relations staff. Members cannot search it, we never "
                    "publish lists from it, and NMF never confirms or denies to an unverified "
                    "person whether someone is in its records.</p>",
                ),
                ("heading", {"text": "Your choices", "level": "h2"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li><b>Update:</b> you can change your profile details at any time.</li>"
                    "<li><b>Export:</b> you can ask for a copy of the information the Hub holds "
                    "about you.</li>"
                    "<li><b>Delete:</b> you can ask us to delete your account and your "
                    "data.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Changes to this summary", "level": "h2"}),
                (
                    "paragraph",
                    "<p>If we change how the Hub handles your information, we will update this "
                    "summary and let members know about changes that affect them.</p>",
                ),
                ("heading", {"text": "Contact", "level": "h2"}),
                (
                    "paragraph",
                    "<p>For any question about your information, or to make a request, write to "
                    "NMF at info@nmfonline.org.</p>",
                ),
                (
                    "call_to_action",
                    {
                        "heading": "More questions about the Hub?",
                        "text": (
                            "See answers about joining, languages, accessibility and how to "
                            "reach NMF."
                        ),
                        "button": {"label": "Read the FAQ", "page": "faq"},
                    },
                ),
            ],
        },
        "es": {
            "title": "Resumen de privacidad",
            "introduction": (
                "Un resumen en lenguaje sencillo de cómo el Hub maneja su información: qué "
                "recopilamos, quién puede verla y qué opciones tiene."
            ),
            "search_description": (
                "Cómo maneja el Hub su información, en lenguaje sencillo: datos de la cuenta, "
                "quién ve los perfiles, el registro de exalumnos y cómo exportar o borrar datos."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Esta página es un resumen en lenguaje sencillo de cómo el Hub maneja su "
                    "información. La hemos mantenido breve y directa; si algo no queda claro, "
                    "pregúntenos.</p>",
                ),
                ("heading", {"text": "Qué recopilamos para una cuenta", "level": "h2"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Su nombre y su correo electrónico, y una contraseña que usted "
                    "elige.</li>"
                    "<li>Los datos de perfil que decida agregar, como su profesión, especialidad, "
                    "región, etapa de formación y una breve presentación.</li>"
                    "<li>Su actividad en el Hub: el progreso en los cursos y los certificados, "
                    "las solicitudes de mentoría y las inscripciones a eventos.</li>"
                    "</ul>"
                    "<p>Usamos esta información para que el Hub funcione para usted y para "
                    "mantener segura a la comunidad.</p>",
                ),
                ("heading", {"text": "Quién ve su perfil", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Los perfiles de los miembros solo son visibles para miembros verificados "
                    "que hayan iniciado sesión. No son públicos.</p>"
                    "<p>El directorio de mentores nunca muestra correos electrónicos ni números "
                    "de teléfono. Su correo electrónico solo se comparte con otro miembro cuando "
                    "ambos aceptan una mentoría.</p>"
                    "<p>El personal de NMF que administra el Hub puede ver la información de las "
                    "cuentas cuando la necesita para verificar cuentas, apoyar a los miembros o "
                    "mantener segura a la comunidad.</p>",
                ),
                ("heading", {"text": "El registro de exalumnos", "level": "h2"}),
                (
                    "paragraph",
                    "<p>NMF mantiene un registro de las personas a las que ha apoyado. El acceso "
                    "está limitado al personal de relaciones con exalumnos de NMF. Los miembros "
                    "no pueden hacer búsquedas en él, nunca publicamos listas a partir de él y "
                    "NMF nunca confirma ni niega a una persona no verificada si alguien figura "
                    "en sus registros.</p>",
                ),
                ("heading", {"text": "Sus opciones", "level": "h2"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li><b>Actualizar:</b> puede cambiar los datos de su perfil en cualquier "
                    "momento.</li>"
                    "<li><b>Exportar:</b> puede pedir una copia de la información que el Hub "
                    "tiene sobre usted.</li>"
                    "<li><b>Eliminar:</b> puede pedirnos que eliminemos su cuenta y sus "
                    "datos.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Cambios a este resumen", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Si cambiamos la forma en que el Hub maneja su información, actualizaremos "
                    "este resumen y avisaremos a los miembros de los cambios que les "
                    "afecten.</p>",
                ),
                ("heading", {"text": "Contacto", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Para cualquier pregunta sobre su información, o para hacer una solicitud, "
                    "escriba a NMF a info@nmfonline.org.</p>",
                ),
                (
                    "call_to_action",
                    {
                        "heading": "¿Más preguntas sobre el Hub?",
                        "text": (
                            "Vea las respuestas sobre cómo unirse, los idiomas, la accesibilidad "
                            "y cómo comunicarse con NMF."
                        ),
                        "button": {"label": "Lea las preguntas frecuentes", "page": "faq"},
                    },
                ),
            ],
        },
    },
]
