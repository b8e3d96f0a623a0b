"""Demo course content for the Hub's learning section, in English and Spanish.

Each course, module, lesson block and knowledge check is written in both languages with the same
structure, so the two versions can be paired block by block. Facts that change over time (limits,
rules, program names, dates) carry a year and a source in the text so editors know to review them.
The content is general education, not individual financial, legal or medical advice.
"""

TOPICS = [
    {
        "key": "debt-management",
        "en": {
            "name": "Debt management",
            "description": (
                "Understand your student loans, choose a repayment strategy and use forgiveness "
                "programs wisely."
            ),
        },
        "es": {
            "name": "Manejo de deudas",
            "description": (
                "Comprenda sus préstamos estudiantiles, elija una estrategia de pago y aproveche "
                "con criterio los programas de condonación."
            ),
        },
    },
    {
        "key": "retirement-planning",
        "en": {
            "name": "Retirement planning",
            "description": (
                "Start saving early and make sense of retirement accounts, employer matches and "
                "taxes."
            ),
        },
        "es": {
            "name": "Planificación para la jubilación",
            "description": (
                "Empiece a ahorrar temprano y entienda las cuentas de jubilación, los aportes del "
                "empleador y los impuestos."
            ),
        },
    },
    {
        "key": "business-of-doctoring",
        "en": {
            "name": "Business of doctoring",
            "description": (
                "Contracts, compensation, negotiation and the practical business side of clinical "
                "work."
            ),
        },
        "es": {
            "name": "El negocio de ejercer la medicina",
            "description": (
                "Contratos, remuneración, negociación y el lado práctico y empresarial del trabajo "
                "clínico."
            ),
        },
    },
    {
        "key": "racial-informed-care",
        "en": {
            "name": "Racial-informed care",
            "description": (
                "Recognize and respond to racism in health care, for your patients, your "
                "colleagues and yourself."
            ),
        },
        "es": {
            "name": "Atención con conciencia racial",
            "description": (
                "Reconozca y responda al racismo en la atención de salud, en beneficio de sus "
                "pacientes, de sus colegas y de usted."
            ),
        },
    },
    {
        "key": "career-advancement",
        "en": {
            "name": "Career advancement",
            "description": (
                "Plan your next steps, build relationships with mentors and sponsors, and grow as "
                "a leader."
            ),
        },
        "es": {
            "name": "Desarrollo profesional",
            "description": (
                "Planifique sus próximos pasos, construya relaciones con mentores y "
                "patrocinadores, y crezca como líder."
            ),
        },
    },
    {
        "key": "leadership-and-life-essentials",
        "en": {
            "name": "Leadership and life essentials",
            "description": (
                "Practical skills for well-being, boundaries, communication and leading yourself "
                "and others."
            ),
        },
        "es": {
            "name": "Liderazgo y habilidades para la vida",
            "description": (
                "Habilidades prácticas para el bienestar, los límites, la comunicación y el "
                "liderazgo de uno mismo y de otras personas."
            ),
        },
    },
]

PEOPLE = [
    {
        "key": "tomas-quintero",
        "name": "Dr. Tomás Quintero",
        "credentials": "PharmD, CFP",
        "en": {
            "bio": (
                "Tomás Quintero is a pharmacist who became a fee-only financial planner after "
                "paying off his own student loans. He works with students, residents and "
                "early-career clinicians on loans, budgeting and retirement saving. He believes "
                "good money decisions start with clear information, not fear."
            ),
        },
        "es": {
            "bio": (
                "Tomás Quintero es farmacéutico y se convirtió en planificador financiero que "
                "cobra solo honorarios después de pagar sus propios préstamos estudiantiles. "
                "Trabaja con estudiantes, residentes y profesionales clínicos al inicio de su "
                "carrera en temas de préstamos, presupuesto y ahorro para la jubilación. Cree que "
                "las buenas decisiones financieras nacen de la información clara, no del miedo."
            ),
        },
    },
    {
        "key": "renee-baptiste",
        "name": "Dr. Renée Baptiste",
        "credentials": "MD, MBA",
        "en": {
            "bio": (
                "Renée Baptiste is an internist who spent several years as medical director of a "
                "multi-site community practice, on both sides of the hiring table. She teaches "
                "clinicians to read contracts calmly, ask good questions and negotiate for what "
                "they need."
            ),
        },
        "es": {
            "bio": (
                "Renée Baptiste es internista y durante varios años fue directora médica de una "
                "práctica comunitaria con varias sedes, a ambos lados de la mesa de contratación. "
                "Enseña a los profesionales clínicos a leer contratos con calma, hacer buenas "
                "preguntas y negociar lo que necesitan."
            ),
        },
    },
    {
        "key": "nia-holloway",
        "name": "Dr. Nia Holloway",
        "credentials": "MD, MPH",
        "en": {
            "bio": (
                "Nia Holloway is a family physician and health equity educator. She leads "
                "workshops on responding to bias in clinical settings and has supported many "
                "trainees after difficult encounters. Her teaching blends practical scripts with "
                "care for the people involved."
            ),
        },
        "es": {
            "bio": (
                "Nia Holloway es médica de familia y educadora en equidad en salud. Dirige "
                "talleres sobre cómo responder a los sesgos en entornos clínicos y ha acompañado a "
                "muchas personas en formación después de encuentros difíciles. Su enseñanza "
                "combina frases prácticas con el cuidado de las personas involucradas."
            ),
        },
    },
    {
        "key": "leona-whitehorse",
        "name": "Dr. Leona Whitehorse",
        "credentials": "DNP, RN",
        "en": {
            "bio": (
                "Leona Whitehorse is a nurse leader who grew up in a rural tribal community and "
                "has worked in emergency, rural and academic settings. She has mentored nurses and "
                "students through many career transitions and now coaches new clinical managers."
            ),
        },
        "es": {
            "bio": (
                "Leona Whitehorse es una líder de enfermería que creció en una comunidad tribal "
                "rural y ha trabajado en servicios de urgencias, en zonas rurales y en entornos "
                "académicos. Ha acompañado como mentora a enfermeras, enfermeros y estudiantes en "
                "muchas transiciones de carrera, y hoy es coach de nuevos responsables clínicos."
            ),
        },
    },
    {
        "key": "samuel-adeyemi",
        "name": "Dr. Samuel Adeyemi",
        "credentials": "MD",
        "en": {
            "bio": (
                "Samuel Adeyemi is a psychiatrist who focuses on clinician well-being and helps "
                "health systems build peer support programs. He reminds learners that burnout is a "
                "signal about working conditions, not a personal failure."
            ),
        },
        "es": {
            "bio": (
                "Samuel Adeyemi es psiquiatra, se dedica al bienestar de los profesionales "
                "clínicos y ayuda a los sistemas de salud a crear programas de apoyo entre pares. "
                "Recuerda a sus estudiantes que el agotamiento profesional es una señal sobre las "
                "condiciones de trabajo, no un fracaso personal."
            ),
        },
    },
]

COURSES = [
    {
        "key": "federal-student-loans-and-pslf",
        "topic": "debt-management",
        "format": "self_paced",
        "stages": ["student", "resident", "early_career"],
        "specialties": [],
        "certificate": True,
        "members_only": False,
        "prerequisites": [],
        "facilitators": ["tomas-quintero"],
        "en": {
            "title": "Federal student loans and Public Service Loan Forgiveness: the basics",
            "summary": (
                "Know what you owe, how federal repayment works while the rules change, and how "
                "Public Service Loan Forgiveness can fit your career."
            ),
            "introduction": (
                "Student debt is common in the health professions, and it can feel overwhelming. "
                "This course walks through the essentials: finding out exactly what you owe, how "
                "federal repayment works, what changed in 2025, and how Public Service Loan "
                "Forgiveness (PSLF) works. It offers general education, not individual advice, and "
                "points you to the official places to confirm your own situation."
            ),
            "objectives": [
                (
                    "List every federal loan you hold, with its type, balance, interest rate and "
                    "servicer."
                ),
                (
                    "Explain in general terms how federal repayment plans work and which rules are "
                    "changing after 2025."
                ),
                "Describe the four core requirements of Public Service Loan Forgiveness.",
                (
                    "Decide when to get help from your servicer, studentaid.gov or a fee-only "
                    "financial planner."
                ),
            ],
        },
        "es": {
            "title": (
                "Préstamos estudiantiles federales y Condonación de Préstamos por Servicio "
                "Público: lo básico"
            ),
            "summary": (
                "Sepa cuánto debe, cómo funciona el pago federal mientras cambian las reglas y "
                "cómo la PSLF puede encajar en su carrera."
            ),
            "introduction": (
                "Las deudas estudiantiles son comunes en las profesiones de la salud y pueden "
                "resultar abrumadoras. Este curso repasa lo esencial: saber exactamente cuánto "
                "debe, cómo funciona el pago federal, qué cambió en 2025 y cómo funciona la "
                "Condonación de Préstamos por Servicio Público (PSLF). Ofrece educación general, "
                "no asesoría individual, y le indica las fuentes oficiales donde puede confirmar "
                "su propia situación."
            ),
            "objectives": [
                (
                    "Hacer una lista de todos sus préstamos federales, con su tipo, saldo, tasa de "
                    "interés y administrador."
                ),
                (
                    "Explicar en términos generales cómo funcionan los planes federales de pago y "
                    "qué reglas están cambiando después de 2025."
                ),
                (
                    "Describir los cuatro requisitos básicos de la Condonación de Préstamos por "
                    "Servicio Público."
                ),
                (
                    "Decidir cuándo pedir ayuda a su administrador, a studentaid.gov o a un "
                    "planificador financiero que cobra solo honorarios."
                ),
            ],
        },
        "modules": [
            {
                "key": "know-what-you-owe",
                "minutes": 5,
                "en": {
                    "title": "Know what you owe",
                    "summary": (
                        "Build a complete, accurate picture of your federal and private loans."
                    ),
                    "lesson": [
                        ("heading", "Start with an inventory"),
                        (
                            "paragraph",
                            (
                                "<p>You cannot make a good repayment plan until you know exactly "
                                "what you owe. Many borrowers have several loans from different "
                                "years of school, sometimes with different interest rates and more "
                                "than one company collecting payments. A simple inventory turns a "
                                "vague worry into a list you can work with.</p><p>For your federal "
                                "loans, sign in to your account at studentaid.gov. It shows each "
                                "loan, its type, the current balance, the interest rate and the "
                                "<b>loan servicer</b>, the company that handles billing and "
                                "paperwork for the government. Private loans do not appear there; "
                                "find them in your lender's statements or on your credit "
                                "report.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>What to record for each loan</h3><ul><li><b>Type:</b> for "
                                "example Direct Unsubsidized, Direct PLUS (often called Grad "
                                "PLUS), Direct Consolidation, or an older federal loan such as "
                                "FFEL or Perkins.</li><li><b>Balance and interest rate:</b> "
                                "including any unpaid interest.</li><li><b>Servicer:</b> its name "
                                "and how to contact it.</li><li><b>Status:</b> in school, grace "
                                "period, deferment, forbearance or repayment.</li></ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Interest keeps growing",
                                "text": (
                                    "Graduate and professional students cannot receive subsidized "
                                    "federal loans, so interest on Direct Unsubsidized and Grad "
                                    "PLUS loans usually builds up while you are in school and "
                                    "during grace periods and deferment. This is why your balance "
                                    "may be higher than the amount you borrowed."
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Loan type matters. Only federal <b>Direct Loans</b> qualify "
                                "for Public Service Loan Forgiveness (PSLF), and older federal "
                                "loans such as FFEL or Perkins generally must be consolidated into "
                                "a Direct Consolidation Loan first. Private loans have none of the "
                                "federal protections, such as income-driven repayment or federal "
                                "forgiveness programs.</p>"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                "Your federal loan details are in your account at studentaid.gov.",
                                (
                                    "Record type, balance, interest rate, servicer and status for "
                                    "every loan."
                                ),
                                (
                                    "Only Direct Loans qualify for PSLF; private loans have no "
                                    "federal protections."
                                ),
                            ],
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "Where can you see the type, balance, interest rate and "
                                    "servicer of each of your federal student loans?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "In your account at studentaid.gov",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. studentaid.gov is the official source for "
                                            "your federal loans and lists the servicer for each "
                                            "one."
                                        ),
                                    },
                                    {
                                        "text": "Only on your credit report",
                                        "correct": False,
                                        "explanation": (
                                            "A credit report lists debts but not all the federal "
                                            "details you need; studentaid.gov is the official "
                                            "source."
                                        ),
                                    },
                                    {
                                        "text": "From a private lender",
                                        "correct": False,
                                        "explanation": (
                                            "Private lenders hold private loans only. Federal "
                                            "loans are listed at studentaid.gov."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "Which statements about loan types are true? Select all that "
                                    "apply."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "Only federal Direct Loans qualify for PSLF.",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. PSLF applies to Direct Loans, including "
                                            "Direct Consolidation Loans."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Older FFEL or Perkins loans generally must be "
                                            "consolidated into a Direct Consolidation Loan to "
                                            "qualify for PSLF."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Consolidation turns these older federal "
                                            "loans into a Direct Loan."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Private loans can be enrolled in federal "
                                            "income-driven repayment."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Income-driven plans are only for federal "
                                            "loans."
                                        ),
                                    },
                                    {
                                        "text": "Grad PLUS loans are private loans.",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Grad PLUS loans are federal Direct PLUS "
                                            "loans."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                "es": {
                    "title": "Sepa cuánto debe",
                    "summary": (
                        "Arme un panorama completo y exacto de sus préstamos federales y privados."
                    ),
                    "lesson": [
                        ("heading", "Empiece con un inventario"),
                        (
                            "paragraph",
                            (
                                "<p>No es posible armar un buen plan de pago sin saber exactamente "
                                "cuánto debe. Muchas personas tienen varios préstamos de distintos "
                                "años de estudio, a veces con tasas de interés diferentes y con "
                                "más de una empresa que cobra los pagos. Un inventario sencillo "
                                "convierte una preocupación difusa en una lista con la que puede "
                                "trabajar.</p><p>Para sus préstamos federales, ingrese a su cuenta "
                                "en studentaid.gov. Allí verá cada préstamo, su tipo, el saldo "
                                "actual, la tasa de interés y el <b>administrador del préstamo</b> "
                                "(loan servicer), la empresa que se encarga de la facturación y "
                                "los trámites en nombre del gobierno. Los préstamos privados no "
                                "aparecen allí; búsquelos en los estados de cuenta de su "
                                "prestamista o en su informe de crédito.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Qué anotar de cada préstamo</h3><ul><li><b>Tipo:</b> por "
                                "ejemplo, Préstamo Directo sin subsidio, Préstamo Directo PLUS "
                                "(conocido como Grad PLUS), Préstamo Directo de Consolidación o un "
                                "préstamo federal más antiguo, como FFEL o "
                                "Perkins.</li><li><b>Saldo y tasa de interés:</b> incluidos los "
                                "intereses no pagados.</li><li><b>Administrador:</b> su nombre y "
                                "cómo comunicarse con él.</li><li><b>Estado:</b> en estudios, "
                                "período de gracia, aplazamiento, suspensión temporal de pagos "
                                "(forbearance) o en pago.</li></ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Los intereses siguen creciendo",
                                "text": (
                                    "Los estudiantes de posgrado y de carreras profesionales no "
                                    "pueden recibir préstamos federales subsidiados, por lo que "
                                    "los intereses de los Préstamos Directos sin subsidio y Grad "
                                    "PLUS suelen acumularse durante los estudios, el período de "
                                    "gracia y el aplazamiento. Por eso su saldo puede ser mayor "
                                    "que la cantidad que pidió prestada."
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>El tipo de préstamo importa. Solo los <b>Préstamos "
                                "Directos</b> federales califican para la Condonación de Préstamos "
                                "por Servicio Público (PSLF, por sus siglas en inglés), y los "
                                "préstamos federales más antiguos, como FFEL o Perkins, por lo "
                                "general deben consolidarse primero en un Préstamo Directo de "
                                "Consolidación. Los préstamos privados no tienen ninguna de las "
                                "protecciones federales, como los planes de pago basados en los "
                                "ingresos o los programas federales de condonación.</p>"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Los datos de sus préstamos federales están en su cuenta de "
                                    "studentaid.gov."
                                ),
                                (
                                    "Anote el tipo, el saldo, la tasa de interés, el administrador "
                                    "y el estado de cada préstamo."
                                ),
                                (
                                    "Solo los Préstamos Directos califican para PSLF; los "
                                    "préstamos privados no tienen protecciones federales."
                                ),
                            ],
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "¿Dónde puede ver el tipo, el saldo, la tasa de interés y el "
                                    "administrador de cada uno de sus préstamos estudiantiles "
                                    "federales?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "En su cuenta de studentaid.gov",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. studentaid.gov es la fuente oficial de sus "
                                            "préstamos federales e indica el administrador de cada "
                                            "uno."
                                        ),
                                    },
                                    {
                                        "text": "Solo en su informe de crédito",
                                        "correct": False,
                                        "explanation": (
                                            "El informe de crédito muestra las deudas, pero no "
                                            "todos los datos federales que necesita; la fuente "
                                            "oficial es studentaid.gov."
                                        ),
                                    },
                                    {
                                        "text": "Con un prestamista privado",
                                        "correct": False,
                                        "explanation": (
                                            "Los prestamistas privados solo manejan préstamos "
                                            "privados. Los préstamos federales aparecen en "
                                            "studentaid.gov."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "¿Cuáles afirmaciones sobre los tipos de préstamo son "
                                    "verdaderas? Seleccione todas las que correspondan."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "Solo los Préstamos Directos federales califican para "
                                            "PSLF."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. PSLF se aplica a los Préstamos Directos, "
                                            "incluidos los Préstamos Directos de Consolidación."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Los préstamos FFEL o Perkins más antiguos por lo "
                                            "general deben consolidarse en un Préstamo Directo de "
                                            "Consolidación para calificar para PSLF."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. La consolidación convierte esos préstamos "
                                            "federales antiguos en un Préstamo Directo."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Los préstamos privados pueden inscribirse en planes "
                                            "federales de pago basados en los ingresos."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Los planes basados en los ingresos son "
                                            "solo para préstamos federales."
                                        ),
                                    },
                                    {
                                        "text": "Los préstamos Grad PLUS son préstamos privados.",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Los préstamos Grad PLUS son Préstamos "
                                            "Directos PLUS federales."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
            },
            {
                "key": "repayment-plans-and-changes",
                "minutes": 8,
                "en": {
                    "title": "Repayment plans and the 2025 changes",
                    "summary": (
                        "Understand how federal repayment works and what a new 2025 law is "
                        "changing."
                    ),
                    "lesson": [
                        ("heading", "Two broad kinds of repayment"),
                        (
                            "paragraph",
                            (
                                "<p>Federal repayment plans fall into two broad groups. "
                                "<b>Fixed-schedule plans</b>, such as the 10-year Standard Plan, "
                                "set a payment that pays off the loan over a set period. "
                                "<b>Income-driven plans</b> set your monthly payment based on your "
                                "income and family size, and may forgive any balance left after "
                                "many years of payments.</p><p>During residency, when income is "
                                "modest and balances are large, income-driven payments are often "
                                "much lower than a standard payment. That can make training more "
                                "manageable. For people pursuing PSLF, each on-time payment under "
                                "a qualifying plan while working for a qualifying employer can "
                                "count toward forgiveness.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>What changed in 2025</h3><p>A federal law signed in July 2025 "
                                "made major changes to federal student loans. In general terms "
                                "(U.S. Department of Education, 2025):</p><ul><li>A new "
                                "income-driven plan, the <b>Repayment Assistance Plan (RAP)</b>, "
                                "is being phased in starting in July 2026.</li><li>Several "
                                "existing income-driven plans are closing, and borrowers in them "
                                "will need to move to another plan over the next few "
                                "years.</li><li>New borrowing limits for graduate and professional "
                                "students apply to new loans from July 2026, and Grad PLUS loans "
                                "are ending for new borrowers.</li></ul><p>Details, dates and "
                                "transition rules are still being put into practice, and they may "
                                "differ depending on when you borrowed.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Confirm before you act",
                                "text": (
                                    "Rules are changing quickly. Before you switch plans, "
                                    "consolidate or stop payments, check studentaid.gov and ask "
                                    "your loan servicer how the changes apply to your loans. Write "
                                    "down the date, the name of the person you spoke with and what "
                                    "they told you."
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Fixed plans aim to pay off the loan; income-driven plans tie "
                                    "payments to income."
                                ),
                                "Income-driven payments are often lower during training.",
                                (
                                    "A 2025 law adds a new Repayment Assistance Plan and closes "
                                    "some older plans."
                                ),
                                (
                                    "Always confirm your own situation with your servicer and "
                                    "studentaid.gov."
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "If your loan payment changed next year, how would it affect your "
                                "monthly budget, and who would you call first to understand the "
                                "change?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "How is the monthly payment set under an income-driven "
                                    "repayment plan?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "Mainly by your income and family size",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. That is what makes these plans income-driven."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Only by your loan balance, spread over exactly 10 "
                                            "years"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. That describes the 10-year Standard Plan, "
                                            "a fixed-schedule plan."
                                        ),
                                    },
                                    {
                                        "text": "By your employer",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Employers do not set federal loan payments."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "According to the lesson, which are part of the federal "
                                    "student loan changes passed in July 2025? Select all that "
                                    "apply."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "A new Repayment Assistance Plan phased in from July "
                                            "2026"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. The lesson describes this new income-driven "
                                            "plan."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "New borrowing limits for graduate and professional "
                                            "students on new loans from July 2026"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. New limits apply to new loans from July 2026."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "The end of Public Service Loan Forgiveness for all "
                                            "borrowers"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. The lesson does not describe PSLF ending; "
                                            "it continues to be available."
                                        ),
                                    },
                                    {
                                        "text": "Automatic forgiveness of all existing loans",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. The law did not forgive existing loans "
                                            "automatically."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "You hear that a repayment plan you are enrolled in is "
                                    "closing. What is the best first step?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Check studentaid.gov and ask your servicer how it "
                                            "affects your loans"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Official sources can tell you how the change "
                                            "applies to you."
                                        ),
                                    },
                                    {
                                        "text": "Stop making payments until the rules settle",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Missed payments can lead to delinquency "
                                            "and do not count toward forgiveness."
                                        ),
                                    },
                                    {
                                        "text": "Refinance right away with a private lender",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Refinancing is permanent and ends federal "
                                            "protections; it is not a first step."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                "es": {
                    "title": "Planes de pago y los cambios de 2025",
                    "summary": (
                        "Entienda cómo funciona el pago federal y qué está cambiando con una nueva "
                        "ley de 2025."
                    ),
                    "lesson": [
                        ("heading", "Dos grandes tipos de pago"),
                        (
                            "paragraph",
                            (
                                "<p>Los planes federales de pago se dividen en dos grandes grupos. "
                                "Los <b>planes de calendario fijo</b>, como el Plan Estándar de 10 "
                                "años, fijan un pago que salda el préstamo en un plazo "
                                "determinado. Los <b>planes basados en los ingresos</b> fijan su "
                                "pago mensual según sus ingresos y el tamaño de su familia, y "
                                "pueden condonar el saldo que quede después de muchos años de "
                                "pagos.</p><p>Durante la residencia, cuando los ingresos son "
                                "modestos y los saldos son altos, los pagos basados en los "
                                "ingresos suelen ser mucho más bajos que un pago estándar. Eso "
                                "puede hacer más llevadera la formación. Para quienes buscan la "
                                "PSLF, cada pago puntual bajo un plan que califica, mientras "
                                "trabajan para un empleador que califica, puede contar para la "
                                "condonación.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Qué cambió en 2025</h3><p>Una ley federal firmada en julio de "
                                "2025 introdujo cambios importantes en los préstamos estudiantiles "
                                "federales. En términos generales (Departamento de Educación de "
                                "EE. UU., 2025):</p><ul><li>Un nuevo plan basado en los ingresos, "
                                "el <b>Plan de Asistencia para el Reembolso (RAP, por sus siglas "
                                "en inglés)</b>, se implementará gradualmente a partir de julio de "
                                "2026.</li><li>Varios planes basados en los ingresos que existen "
                                "hoy se cerrarán, y quienes están en ellos deberán pasar a otro "
                                "plan en los próximos años.</li><li>Desde julio de 2026 se aplican "
                                "nuevos límites de endeudamiento a los préstamos nuevos de "
                                "estudiantes de posgrado y de carreras profesionales, y los "
                                "préstamos Grad PLUS dejan de estar disponibles para nuevos "
                                "prestatarios.</li></ul><p>Los detalles, las fechas y las reglas "
                                "de transición todavía se están poniendo en práctica y pueden "
                                "variar según cuándo haya obtenido sus préstamos.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Confirme antes de actuar",
                                "text": (
                                    "Las reglas están cambiando rápidamente. Antes de cambiar de "
                                    "plan, consolidar o dejar de pagar, consulte studentaid.gov y "
                                    "pregunte a su administrador de préstamos cómo se aplican los "
                                    "cambios a sus préstamos. Anote la fecha, el nombre de la "
                                    "persona con quien habló y lo que le dijo."
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Los planes fijos buscan saldar el préstamo; los planes "
                                    "basados en los ingresos vinculan el pago a los ingresos."
                                ),
                                (
                                    "Los pagos basados en los ingresos suelen ser más bajos "
                                    "durante la formación."
                                ),
                                (
                                    "Una ley de 2025 agrega un nuevo Plan de Asistencia para el "
                                    "Reembolso y cierra algunos planes anteriores."
                                ),
                                (
                                    "Confirme siempre su situación con su administrador de "
                                    "préstamos y en studentaid.gov."
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "Si su pago cambiara el próximo año, ¿cómo afectaría su "
                                "presupuesto mensual y a quién llamaría primero para entender el "
                                "cambio?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "¿Cómo se fija el pago mensual en un plan de pago basado en "
                                    "los ingresos?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Principalmente según sus ingresos y el tamaño de su "
                                            "familia"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Eso es lo que hace que estos planes se "
                                            "basen en los ingresos."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Solo según el saldo del préstamo, repartido en "
                                            "exactamente 10 años"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Eso describe el Plan Estándar de 10 años, "
                                            "que es de calendario fijo."
                                        ),
                                    },
                                    {
                                        "text": "Lo fija su empleador",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Los empleadores no fijan los pagos de los "
                                            "préstamos federales."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "Según la lección, ¿cuáles forman parte de los cambios a los "
                                    "préstamos estudiantiles federales aprobados en julio de 2025? "
                                    "Seleccione todas las que correspondan."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "Un nuevo Plan de Asistencia para el Reembolso que se "
                                            "implementa desde julio de 2026"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. La lección describe este nuevo plan basado "
                                            "en los ingresos."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Nuevos límites de endeudamiento para estudiantes de "
                                            "posgrado y de carreras profesionales en préstamos "
                                            "nuevos desde julio de 2026"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Los nuevos límites se aplican a préstamos "
                                            "nuevos desde julio de 2026."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "El fin de la Condonación de Préstamos por Servicio "
                                            "Público para todos"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. La lección no describe el fin de la PSLF; "
                                            "sigue disponible."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "La condonación automática de todos los préstamos "
                                            "existentes"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. La ley no condonó automáticamente los "
                                            "préstamos existentes."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "Se entera de que el plan de pago en el que está inscrito va a "
                                    "cerrar. ¿Cuál es el mejor primer paso?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Consultar studentaid.gov y preguntar a su "
                                            "administrador cómo afecta a sus préstamos"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Las fuentes oficiales pueden decirle cómo "
                                            "se aplica el cambio a su caso."
                                        ),
                                    },
                                    {
                                        "text": "Dejar de pagar hasta que las reglas se definan",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Los pagos atrasados pueden causar "
                                            "morosidad y no cuentan para la condonación."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Refinanciar de inmediato con un prestamista privado"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Refinanciar es permanente y elimina las "
                                            "protecciones federales; no es un primer paso."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
            },
            {
                "key": "pslf-essentials",
                "minutes": 9,
                "en": {
                    "title": "Public Service Loan Forgiveness: the essentials",
                    "summary": (
                        "Learn the four requirements of PSLF and how to track your progress."
                    ),
                    "lesson": [
                        ("heading", "What PSLF offers"),
                        (
                            "paragraph",
                            (
                                "<p>Public Service Loan Forgiveness (PSLF) forgives the remaining "
                                "balance on your federal Direct Loans after you make <b>120 "
                                "qualifying monthly payments</b> while working for a qualifying "
                                "employer. The payments do not have to be consecutive, so time "
                                "with a non-qualifying employer pauses your progress rather than "
                                "erasing it. Under current federal law, the amount forgiven "
                                "through PSLF is not counted as federal taxable income.</p><h3>The "
                                "four requirements</h3><ol><li><b>Qualifying employer:</b> a U.S. "
                                "federal, state, local or tribal government organization, or a "
                                "nonprofit that is tax-exempt under Section 501(c)(3) of the "
                                "Internal Revenue Code. Some other nonprofits may qualify if they "
                                "provide certain public services.</li><li><b>Full-time work:</b> "
                                "generally an average of at least 30 hours per week, which can be "
                                "met by combining more than one qualifying "
                                "job.</li><li><b>Qualifying loans:</b> Direct Loans, including "
                                "Direct Consolidation Loans.</li><li><b>Qualifying payments:</b> "
                                "made for the full amount due, on time, under a qualifying "
                                "repayment plan, such as an income-driven plan or the 10-year "
                                "Standard Plan.</li></ol>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Check who actually employs you",
                                "text": (
                                    "Many teaching hospitals are government or 501(c)(3) nonprofit "
                                    "employers, but not all. If your paycheck comes from a "
                                    "for-profit physician group or staffing company, that work "
                                    "usually does not qualify, even if you work inside a nonprofit "
                                    "hospital. Confirm with the employer search in the PSLF Help "
                                    "Tool on studentaid.gov."
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Track your progress from day one</h3><p>Use the <b>PSLF Help "
                                "Tool</b> on studentaid.gov to check whether an employer qualifies "
                                "and to prepare the PSLF form, which certifies your employment. "
                                "Submitting the form at least once a year, and whenever you change "
                                "employers, helps you catch problems early instead of discovering "
                                "them years later. Keep copies of every form and every letter from "
                                "your servicer.</p><p>Months in deferment or forbearance generally "
                                "do not count as qualifying payments, so talk with your servicer "
                                "before pausing payments.</p>"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "PSLF requires 120 qualifying monthly payments; they need not "
                                    "be consecutive."
                                ),
                                (
                                    "You need a qualifying employer, full-time work, Direct Loans "
                                    "and a qualifying plan."
                                ),
                                "Who employs you, not where you work, determines eligibility.",
                                (
                                    "Certify employment with the PSLF Help Tool at least yearly "
                                    "and keep records."
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "Does your current or future employer qualify for PSLF, and how "
                                "would you confirm it?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": "How many qualifying monthly payments does PSLF require?",
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "60",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. PSLF requires 120 qualifying payments."
                                        ),
                                    },
                                    {
                                        "text": "120, which do not need to be consecutive",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Time with a non-qualifying employer pauses "
                                            "progress but does not erase it."
                                        ),
                                    },
                                    {
                                        "text": "120, which must be consecutive",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. The 120 payments do not have to be "
                                            "consecutive."
                                        ),
                                    },
                                    {
                                        "text": "240",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. PSLF requires 120 qualifying payments."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "Which employers would generally qualify for PSLF? Select all "
                                    "that apply."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "A state university hospital that is a government "
                                            "employer"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Government organizations are qualifying "
                                            "employers."
                                        ),
                                    },
                                    {
                                        "text": "A 501(c)(3) nonprofit community health center",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. 501(c)(3) nonprofits are qualifying "
                                            "employers."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "A for-profit staffing company that places you in a "
                                            "nonprofit hospital"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Eligibility depends on who employs you, "
                                            "and a for-profit company usually does not qualify."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "A privately owned, for-profit dermatology practice"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. For-profit practices are not qualifying "
                                            "employers."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "What is the main reason to submit the PSLF form at least once "
                                    "a year?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "To confirm qualifying employment and catch problems "
                                            "early"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Regular certification helps you find errors "
                                            "while they are easy to fix."
                                        ),
                                    },
                                    {
                                        "text": "It is required to keep your loans federal",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Your loans stay federal whether or not you "
                                            "submit the form."
                                        ),
                                    },
                                    {
                                        "text": "It lowers your interest rate",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. The form does not change your interest "
                                            "rate."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                "es": {
                    "title": "Condonación de Préstamos por Servicio Público: lo esencial",
                    "summary": (
                        "Conozca los cuatro requisitos de la PSLF y cómo dar seguimiento a su "
                        "avance."
                    ),
                    "lesson": [
                        ("heading", "Qué ofrece la PSLF"),
                        (
                            "paragraph",
                            (
                                "<p>La Condonación de Préstamos por Servicio Público (PSLF) "
                                "perdona el saldo restante de sus Préstamos Directos federales "
                                "después de <b>120 pagos mensuales que califiquen</b>, hechos "
                                "mientras trabaja para un empleador que califica. Los pagos no "
                                "tienen que ser consecutivos, así que el tiempo con un empleador "
                                "que no califica pausa su avance en lugar de borrarlo. Según la "
                                "ley federal vigente, el monto condonado por la PSLF no se "
                                "considera ingreso gravable federal.</p><h3>Los cuatro "
                                "requisitos</h3><ol><li><b>Empleador que califica:</b> una "
                                "organización del gobierno federal, estatal, local o tribal de EE. "
                                "UU., o una organización sin fines de lucro exenta de impuestos "
                                "según la Sección 501(c)(3) del Código de Impuestos Internos. "
                                "Algunas otras organizaciones sin fines de lucro pueden calificar "
                                "si prestan ciertos servicios públicos.</li><li><b>Trabajo de "
                                "tiempo completo:</b> por lo general, un promedio de al menos 30 "
                                "horas por semana, que puede cumplirse combinando más de un empleo "
                                "que califique.</li><li><b>Préstamos que califican:</b> Préstamos "
                                "Directos, incluidos los Préstamos Directos de "
                                "Consolidación.</li><li><b>Pagos que califican:</b> por el monto "
                                "total adeudado, a tiempo y bajo un plan de pago que califique, "
                                "como un plan basado en los ingresos o el Plan Estándar de 10 "
                                "años.</li></ol>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Verifique quién es realmente su empleador",
                                "text": (
                                    "Muchos hospitales universitarios son empleadores "
                                    "gubernamentales o sin fines de lucro 501(c)(3), pero no "
                                    "todos. Si su sueldo lo paga un grupo médico con fines de "
                                    "lucro o una agencia de personal, ese trabajo por lo general "
                                    "no califica, aunque trabaje dentro de un hospital sin fines "
                                    "de lucro. Confírmelo con el buscador de empleadores de la "
                                    "herramienta de ayuda de la PSLF (PSLF Help Tool) en "
                                    "studentaid.gov."
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Dé seguimiento a su avance desde el primer día</h3><p>Use la "
                                "<b>herramienta de ayuda de la PSLF</b> en studentaid.gov para "
                                "verificar si un empleador califica y para preparar el formulario "
                                "de la PSLF, que certifica su empleo. Enviar el formulario al "
                                "menos una vez al año, y cada vez que cambie de empleador, le "
                                "ayuda a detectar problemas a tiempo en lugar de descubrirlos años "
                                "después. Guarde copias de cada formulario y de cada carta de su "
                                "administrador.</p><p>Por lo general, los meses en aplazamiento o "
                                "en suspensión temporal de pagos no cuentan como pagos que "
                                "califican, así que hable con su administrador antes de pausar sus "
                                "pagos.</p>"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "La PSLF exige 120 pagos mensuales que califiquen; no tienen "
                                    "que ser consecutivos."
                                ),
                                (
                                    "Necesita un empleador que califique, trabajo de tiempo "
                                    "completo, Préstamos Directos y un plan que califique."
                                ),
                                (
                                    "Lo que determina la elegibilidad es quién le emplea, no dónde "
                                    "trabaja."
                                ),
                                (
                                    "Certifique su empleo con la herramienta de ayuda de la PSLF "
                                    "al menos una vez al año y guarde sus registros."
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "¿Su empleador actual o futuro califica para la PSLF y cómo lo "
                                "confirmaría?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": "¿Cuántos pagos mensuales que califiquen exige la PSLF?",
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "60",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. La PSLF exige 120 pagos que califiquen."
                                        ),
                                    },
                                    {
                                        "text": "120, que no tienen que ser consecutivos",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. El tiempo con un empleador que no califica "
                                            "pausa el avance, pero no lo borra."
                                        ),
                                    },
                                    {
                                        "text": "120, que deben ser consecutivos",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Los 120 pagos no tienen que ser "
                                            "consecutivos."
                                        ),
                                    },
                                    {
                                        "text": "240",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. La PSLF exige 120 pagos que califiquen."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "¿Cuáles empleadores calificarían por lo general para la PSLF? "
                                    "Seleccione todos los que correspondan."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "Un hospital universitario estatal que es un empleador "
                                            "gubernamental"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Las organizaciones gubernamentales son "
                                            "empleadores que califican."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Un centro de salud comunitario sin fines de lucro "
                                            "501(c)(3)"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Las organizaciones sin fines de lucro "
                                            "501(c)(3) son empleadores que califican."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Una agencia de personal con fines de lucro que le "
                                            "asigna a un hospital sin fines de lucro"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. La elegibilidad depende de quién le "
                                            "emplea, y una empresa con fines de lucro por lo "
                                            "general no califica."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Una consulta privada de dermatología con fines de "
                                            "lucro"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Las consultas con fines de lucro no son "
                                            "empleadores que califican."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "¿Cuál es la razón principal para enviar el formulario de la "
                                    "PSLF al menos una vez al año?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Confirmar el empleo que califica y detectar problemas "
                                            "a tiempo"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Certificar con regularidad le ayuda a "
                                            "encontrar errores cuando todavía son fáciles de "
                                            "corregir."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Es obligatorio para que sus préstamos sigan siendo "
                                            "federales"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Sus préstamos siguen siendo federales "
                                            "aunque no envíe el formulario."
                                        ),
                                    },
                                    {
                                        "text": "Reduce su tasa de interés",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. El formulario no cambia su tasa de "
                                            "interés."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
            },
            {
                "key": "build-your-strategy",
                "minutes": 8,
                "en": {
                    "title": "Build your repayment strategy",
                    "summary": (
                        "Weigh PSLF, other repayment programs and refinancing, and know when to "
                        "get help."
                    ),
                    "lesson": [
                        ("heading", "Match the strategy to your path"),
                        (
                            "paragraph",
                            (
                                "<p>There is no single right answer for every borrower. A good "
                                "strategy fits your balance, your income, your career plans and "
                                "your comfort with uncertainty. Start with three "
                                "questions:</p><ol><li>Am I likely to work full time for a "
                                "government or 501(c)(3) nonprofit employer for about ten years, "
                                "including training?</li><li>How large is my debt compared with my "
                                "expected income?</li><li>How much do I value flexibility if my "
                                "plans or the rules change?</li></ol><h3>Common "
                                "paths</h3><ul><li><b>Pursuing PSLF:</b> often a fit for people "
                                "heading to academic medicine, public health, community health "
                                "centers, the military or government service. The usual approach "
                                "is to keep payments affordable under a qualifying plan and "
                                "certify employment regularly.</li><li><b>Service-based repayment "
                                "programs:</b> programs such as the National Health Service Corps "
                                "Loan Repayment Program (HRSA, 2025), state loan repayment "
                                "programs and some employer benefits help repay loans in exchange "
                                "for work in areas with too few clinicians. Terms and funding "
                                "change from year to year.</li><li><b>Paying off faster:</b> "
                                "people heading to private practice with manageable balances may "
                                "focus on paying loans down, sometimes by refinancing.</li></ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Refinancing is a one-way door",
                                "text": (
                                    "Refinancing federal loans with a private lender can lower "
                                    "your interest rate, but it turns them into private loans. You "
                                    "lose access to federal income-driven plans, PSLF and other "
                                    "federal protections, and you cannot undo it. Be sure before "
                                    "you sign."
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>When to get help</h3><p>Your loan servicer can answer "
                                "questions about your account, and studentaid.gov explains each "
                                "federal program. For personalized advice on how your loans fit "
                                "with taxes, marriage, retirement saving or a job offer, consider "
                                "a <b>fee-only financial planner</b>, who is paid by you rather "
                                "than through commissions on products. Be cautious of companies "
                                "that charge fees to enroll you in free federal programs.</p>"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Choose a strategy that fits your debt, income, career plans "
                                    "and need for flexibility."
                                ),
                                "PSLF often fits careers in government or nonprofit settings.",
                                (
                                    "Refinancing into private loans gives up federal protections "
                                    "permanently."
                                ),
                                (
                                    "For personal advice, see a fee-only financial planner; never "
                                    "pay to enroll in free federal programs."
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "Based on your career plans today, which path seems the best fit, "
                                "and what would make you change course?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "What happens if you refinance federal student loans with a "
                                    "private lender?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "They become private loans and lose federal "
                                            "protections such as PSLF and income-driven plans"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Refinancing is permanent and ends federal "
                                            "benefits."
                                        ),
                                    },
                                    {
                                        "text": "They stay federal but get a lower interest rate",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Refinanced loans are private loans."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "You can switch them back to federal loans later if "
                                            "needed"
                                        ),
                                        "correct": False,
                                        "explanation": "Incorrect. Refinancing cannot be undone.",
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "When would a fee-only financial planner be especially "
                                    "helpful? Select all that apply."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "You want personalized advice on how your loans "
                                            "interact with taxes and retirement saving"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. This kind of personal planning is what a "
                                            "fee-only planner provides."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "You are weighing a job offer and want to understand "
                                            "its effect on your repayment strategy"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. A planner can model how a new job changes "
                                            "your options."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "You only need to find the name of your loan servicer"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. You can find your servicer yourself in "
                                            "your studentaid.gov account."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                "es": {
                    "title": "Arme su estrategia de pago",
                    "summary": (
                        "Compare la PSLF, otros programas de pago y la refinanciación, y sepa "
                        "cuándo pedir ayuda."
                    ),
                    "lesson": [
                        ("heading", "Adapte la estrategia a su camino"),
                        (
                            "paragraph",
                            (
                                "<p>No existe una única respuesta correcta para todas las "
                                "personas. Una buena estrategia se ajusta a su saldo, sus "
                                "ingresos, sus planes profesionales y su tolerancia a la "
                                "incertidumbre. Empiece con tres preguntas:</p><ol><li>¿Es "
                                "probable que trabaje a tiempo completo para un empleador "
                                "gubernamental o sin fines de lucro 501(c)(3) durante unos diez "
                                "años, incluida la formación?</li><li>¿Qué tan grande es mi deuda "
                                "en comparación con los ingresos que espero?</li><li>¿Cuánto "
                                "valoro la flexibilidad si mis planes o las reglas "
                                "cambian?</li></ol><h3>Caminos frecuentes</h3><ul><li><b>Buscar la "
                                "PSLF:</b> suele convenir a quienes se orientan a la medicina "
                                "académica, la salud pública, los centros de salud comunitarios, "
                                "las fuerzas armadas o el servicio gubernamental. Lo habitual es "
                                "mantener pagos accesibles bajo un plan que califique y certificar "
                                "el empleo con regularidad.</li><li><b>Programas de pago a cambio "
                                "de servicio:</b> programas como el Programa de Pago de Préstamos "
                                "del Cuerpo Nacional de Servicios de Salud (National Health "
                                "Service Corps; HRSA, 2025), los programas estatales de pago de "
                                "préstamos y algunos beneficios de empleadores ayudan a pagar "
                                "préstamos a cambio de trabajar en zonas con escasez de "
                                "profesionales clínicos. Las condiciones y los fondos cambian de "
                                "un año a otro.</li><li><b>Pagar más rápido:</b> quienes se "
                                "orientan a la práctica privada y tienen saldos manejables pueden "
                                "concentrarse en reducir sus préstamos, a veces "
                                "refinanciándolos.</li></ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Refinanciar es una puerta sin regreso",
                                "text": (
                                    "Refinanciar préstamos federales con un prestamista privado "
                                    "puede reducir su tasa de interés, pero los convierte en "
                                    "préstamos privados. Pierde el acceso a los planes federales "
                                    "basados en los ingresos, a la PSLF y a otras protecciones "
                                    "federales, y no puede deshacerlo. Asegúrese antes de firmar."
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Cuándo pedir ayuda</h3><p>Su administrador de préstamos puede "
                                "responder preguntas sobre su cuenta, y studentaid.gov explica "
                                "cada programa federal. Para recibir asesoría personalizada sobre "
                                "cómo encajan sus préstamos con los impuestos, el matrimonio, el "
                                "ahorro para la jubilación o una oferta de trabajo, considere a un "
                                "<b>planificador financiero que cobra solo honorarios</b> "
                                "(fee-only), a quien usted le paga directamente en lugar de "
                                "recibir comisiones por vender productos. Desconfíe de las "
                                "empresas que cobran por inscribirle en programas federales "
                                "gratuitos.</p>"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Elija una estrategia que se ajuste a su deuda, sus ingresos, "
                                    "sus planes profesionales y su necesidad de flexibilidad."
                                ),
                                (
                                    "La PSLF suele convenir a carreras en entornos gubernamentales "
                                    "o sin fines de lucro."
                                ),
                                (
                                    "Refinanciar con préstamos privados elimina de forma "
                                    "permanente las protecciones federales."
                                ),
                                (
                                    "Para asesoría personal, consulte a un planificador que cobra "
                                    "solo honorarios; nunca pague por inscribirse en programas "
                                    "federales gratuitos."
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "Según sus planes profesionales de hoy, ¿qué camino le parece más "
                                "adecuado y qué le haría cambiar de rumbo?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "¿Qué sucede si refinancia sus préstamos estudiantiles "
                                    "federales con un prestamista privado?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Se convierten en préstamos privados y pierden "
                                            "protecciones federales como la PSLF y los planes "
                                            "basados en los ingresos"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Refinanciar es permanente y pone fin a los "
                                            "beneficios federales."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Siguen siendo federales, pero con una tasa de interés "
                                            "más baja"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Los préstamos refinanciados son préstamos "
                                            "privados."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Puede volver a convertirlos en préstamos federales "
                                            "más adelante si lo necesita"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. La refinanciación no se puede deshacer."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "¿Cuándo sería especialmente útil un planificador financiero "
                                    "que cobra solo honorarios? Seleccione todas las opciones que "
                                    "correspondan."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "Quiere asesoría personalizada sobre cómo interactúan "
                                            "sus préstamos con los impuestos y el ahorro para la "
                                            "jubilación"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Ese tipo de planificación personal es lo "
                                            "que ofrece un planificador que cobra solo honorarios."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Está evaluando una oferta de trabajo y quiere "
                                            "entender su efecto en su estrategia de pago"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Un planificador puede analizar cómo un "
                                            "nuevo empleo cambia sus opciones."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Solo necesita averiguar el nombre de su administrador "
                                            "de préstamos"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Puede encontrar a su administrador usted "
                                            "mismo en su cuenta de studentaid.gov."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
            },
        ],
    },
    {
        "key": "retirement-saving-in-training",
        "topic": "retirement-planning",
        "format": "self_paced",
        "stages": ["resident", "early_career"],
        "specialties": [],
        "certificate": True,
        "members_only": False,
        "prerequisites": [],
        "facilitators": ["tomas-quintero"],
        "en": {
            "title": "Retirement saving in training: 403(b), 457(b), Roth and the employer match",
            "summary": (
                "Make sense of workplace retirement plans, Roth versus traditional, and the "
                "employer match, even on a trainee's budget."
            ),
            "introduction": (
                "Retirement can feel far away when you are in training and paying off loans, yet "
                "the years when you start matter, because time does much of the work. This course "
                "explains the accounts you are likely to see, how taxes differ between Roth and "
                "traditional contributions, and how to set a simple plan you can grow with your "
                "income. It is general education; for advice on your own situation, speak with a "
                "fee-only financial planner or a tax professional."
            ),
            "objectives": [
                "Explain why starting early, even with small amounts, can make a large difference.",
                (
                    "Tell the difference between 403(b), 401(k), 457(b) and individual retirement "
                    "accounts."
                ),
                "Compare Roth and traditional (pre-tax) contributions.",
                "Set a simple order of saving priorities, starting with any employer match.",
            ],
        },
        "es": {
            "title": (
                "Ahorro para la jubilación durante la formación: 403(b), 457(b), Roth y el aporte "
                "del empleador"
            ),
            "summary": (
                "Entienda los planes de jubilación del trabajo, Roth frente a tradicional y el "
                "aporte del empleador, incluso con un sueldo de formación."
            ),
            "introduction": (
                "La jubilación puede parecer lejana cuando está en formación y pagando préstamos, "
                "pero el momento en que empieza importa, porque el tiempo hace gran parte del "
                "trabajo. Este curso explica las cuentas que probablemente encontrará, en qué se "
                "diferencian los aportes Roth y tradicionales en materia de impuestos y cómo armar "
                "un plan sencillo que pueda crecer con sus ingresos. Es educación general; para "
                "asesoría sobre su situación, consulte a un planificador financiero que cobra solo "
                "honorarios o a un profesional de impuestos."
            ),
            "objectives": [
                (
                    "Explicar por qué empezar temprano, aun con montos pequeños, puede marcar una "
                    "gran diferencia."
                ),
                (
                    "Distinguir entre los planes 403(b), 401(k), 457(b) y las cuentas individuales "
                    "de jubilación."
                ),
                "Comparar los aportes Roth y tradicionales (antes de impuestos).",
                (
                    "Fijar un orden sencillo de prioridades de ahorro, empezando por el aporte del "
                    "empleador."
                ),
            ],
        },
        "modules": [
            {
                "key": "why-start-now",
                "minutes": 7,
                "en": {
                    "title": "Why start now",
                    "summary": (
                        "See how time and compounding help small, steady contributions grow."
                    ),
                    "lesson": [
                        ("heading", "Time does the heavy lifting"),
                        (
                            "paragraph",
                            (
                                "<p>When you invest, your money can earn returns, and those "
                                "returns can earn returns of their own. This is called "
                                "<b>compounding</b>. The longer your money has to compound, the "
                                "less you need to contribute to reach the same goal.</p><p>Here is "
                                "a hypothetical example, not a prediction. Suppose you invest $100 "
                                "a month for 30 years and earn an average of 6% a year. You would "
                                "contribute $36,000 in total, and the account could grow to "
                                "roughly $100,000. Real returns vary from year to year, and "
                                "investments can lose value, but the pattern holds: early dollars "
                                "have more time to grow.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>“But I have loans and a small salary”</h3><p>That tension is "
                                "real, and starting small is still starting. Many trainees begin "
                                "with a modest percentage of pay, then raise it each time their "
                                "income rises, for example at each new training year or when they "
                                "finish training. Automatic payroll contributions make saving the "
                                "default rather than a monthly decision.</p><p>Before investing "
                                "heavily, most people benefit from a small emergency fund, so that "
                                "an unexpected car repair does not turn into credit card debt.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Free money first",
                                "text": (
                                    "If your employer matches contributions, learn the rules now. "
                                    "Not contributing enough to receive the full match means "
                                    "leaving part of your pay behind."
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                "Compounding rewards time, so early contributions matter most.",
                                (
                                    "Start with a small, automatic percentage and raise it as your "
                                    "income grows."
                                ),
                                (
                                    "Keep a small emergency fund so surprises do not become "
                                    "high-interest debt."
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "What percentage of your pay could you set aside automatically "
                                "today without straining your budget?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "In the lesson's hypothetical example, why could the account "
                                    "grow to far more than the $36,000 contributed?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Returns earn further returns over 30 years "
                                            "(compounding)"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Compounding over a long period does most of "
                                            "the work."
                                        ),
                                    },
                                    {
                                        "text": "The employer adds the difference",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. The example does not include an employer "
                                            "match."
                                        ),
                                    },
                                    {
                                        "text": "Retirement accounts guarantee a 6% return",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Returns are not guaranteed, and "
                                            "investments can lose value."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "Which habits does the lesson suggest for saving on a "
                                    "trainee's budget? Select all that apply."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "Automate contributions through payroll",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Automatic contributions make saving the "
                                            "default."
                                        ),
                                    },
                                    {
                                        "text": "Raise your contribution when your income rises",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Increasing the percentage with each raise is "
                                            "a painless way to grow savings."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Wait until all loans are paid off before saving "
                                            "anything"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Waiting gives up years of compounding."
                                        ),
                                    },
                                    {
                                        "text": "Skip an emergency fund so you can invest more",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. A small emergency fund prevents "
                                            "high-interest debt."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                "es": {
                    "title": "Por qué empezar ahora",
                    "summary": (
                        "Vea cómo el tiempo y el interés compuesto hacen crecer aportes pequeños y "
                        "constantes."
                    ),
                    "lesson": [
                        ("heading", "El tiempo hace el trabajo pesado"),
                        (
                            "paragraph",
                            (
                                "<p>Cuando invierte, su dinero puede generar rendimientos, y esos "
                                "rendimientos pueden generar a su vez otros rendimientos. Esto se "
                                "llama <b>interés compuesto</b>. Cuanto más tiempo tenga su dinero "
                                "para crecer, menos necesitará aportar para alcanzar la misma "
                                "meta.</p><p>Veamos un ejemplo hipotético, no una predicción. "
                                "Suponga que invierte $100 al mes durante 30 años y obtiene un "
                                "rendimiento promedio del 6% anual. Aportaría $36,000 en total, y "
                                "la cuenta podría llegar a unos $100,000. Los rendimientos reales "
                                "varían de un año a otro y las inversiones pueden perder valor, "
                                "pero el patrón se mantiene: el dinero que se invierte temprano "
                                "tiene más tiempo para crecer.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>“Pero tengo préstamos y un sueldo bajo”</h3><p>Esa tensión es "
                                "real, y empezar con poco sigue siendo empezar. Muchas personas en "
                                "formación comienzan con un porcentaje modesto de su sueldo y lo "
                                "aumentan cada vez que suben sus ingresos, por ejemplo en cada "
                                "nuevo año de formación o al terminarla. Los aportes automáticos "
                                "por nómina hacen que ahorrar sea lo habitual y no una decisión de "
                                "cada mes.</p><p>Antes de invertir montos grandes, a la mayoría le "
                                "conviene tener un pequeño fondo de emergencia, para que una "
                                "reparación inesperada del auto no se convierta en una deuda de "
                                "tarjeta de crédito.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Primero, el dinero gratis",
                                "text": (
                                    "Si su empleador iguala parte de sus aportes, conozca las "
                                    "reglas desde ahora. No aportar lo suficiente para recibir el "
                                    "aporte completo del empleador equivale a dejar de lado parte "
                                    "de su remuneración."
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "El interés compuesto premia el tiempo, así que los primeros "
                                    "aportes son los que más pesan."
                                ),
                                (
                                    "Empiece con un porcentaje pequeño y automático, y súbalo a "
                                    "medida que crezcan sus ingresos."
                                ),
                                (
                                    "Mantenga un pequeño fondo de emergencia para que los "
                                    "imprevistos no se conviertan en deudas con intereses altos."
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "¿Qué porcentaje de su sueldo podría apartar automáticamente hoy "
                                "sin afectar demasiado su presupuesto?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "En el ejemplo hipotético de la lección, ¿por qué la cuenta "
                                    "podría crecer mucho más que los $36,000 aportados?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Los rendimientos generan nuevos rendimientos durante "
                                            "30 años (interés compuesto)"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. El interés compuesto a lo largo de mucho "
                                            "tiempo hace la mayor parte del trabajo."
                                        ),
                                    },
                                    {
                                        "text": "El empleador aporta la diferencia",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. El ejemplo no incluye aportes del "
                                            "empleador."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Las cuentas de jubilación garantizan un rendimiento "
                                            "del 6%"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Los rendimientos no están garantizados y "
                                            "las inversiones pueden perder valor."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "¿Qué hábitos sugiere la lección para ahorrar con un "
                                    "presupuesto de formación? Seleccione todos los que "
                                    "correspondan."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "Automatizar los aportes por nómina",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Los aportes automáticos hacen que ahorrar "
                                            "sea lo habitual."
                                        ),
                                    },
                                    {
                                        "text": "Aumentar el aporte cuando suban sus ingresos",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Subir el porcentaje con cada aumento es una "
                                            "forma sencilla de ahorrar más."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Esperar a pagar todos los préstamos antes de ahorrar"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Esperar hace perder años de interés "
                                            "compuesto."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Prescindir del fondo de emergencia para invertir más"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Un pequeño fondo de emergencia evita "
                                            "deudas con intereses altos."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
            },
            {
                "key": "workplace-plans",
                "minutes": 7,
                "en": {
                    "title": "Know your workplace plans",
                    "summary": (
                        "Understand 403(b), 401(k) and 457(b) plans and how their limits work."
                    ),
                    "lesson": [
                        ("heading", "The plans you are likely to see"),
                        (
                            "paragraph",
                            (
                                "<ul><li><b>403(b):</b> offered by many nonprofit hospitals, "
                                "universities and public employers. It works much like a "
                                "401(k).</li><li><b>401(k):</b> offered by for-profit employers, "
                                "including many private practices and physician "
                                "groups.</li><li><b>457(b):</b> a deferred compensation plan "
                                "offered by government and some nonprofit employers. It often sits "
                                "alongside a 403(b).</li></ul><p>All three let you contribute "
                                "through payroll, and your investments grow without yearly tax on "
                                "the gains. You pay tax when you withdraw traditional "
                                "contributions, while qualified withdrawals of Roth contributions, "
                                "where the plan offers them, can be tax-free.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Contribution limits</h3><p>The IRS sets annual limits and "
                                "usually updates them each year. In 2025 the limit on employee "
                                "contributions to a 403(b) or 401(k) is $23,500, with an extra "
                                "catch-up amount allowed from age 50 (IRS, 2025). A 457(b) has its "
                                "own separate limit, also $23,500 in 2025, so someone offered both "
                                "a 403(b) and a 457(b) may be able to contribute to each (IRS, "
                                "2025). Employer contributions, such as a match, do not count "
                                "toward your employee limit.</p><h3>Read the fine print</h3><p>Ask "
                                "your benefits office for the plan's summary and fee information. "
                                "Look for the <b>match formula</b>, the <b>vesting schedule</b> "
                                "(how long you must stay before employer contributions become "
                                "fully yours; your own contributions are always yours), the "
                                "investment options and their fees.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Governmental and non-governmental 457(b) plans differ",
                                "text": (
                                    "In a governmental 457(b), your money is held in trust for "
                                    "you. In a non-governmental 457(b), offered by some "
                                    "nonprofits, the money legally remains an asset of the "
                                    "employer until it is paid out, and it could be at risk if the "
                                    "employer has serious financial trouble. Withdrawal and "
                                    "rollover options are also more limited. Read the plan "
                                    "documents and ask questions before contributing."
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "403(b) and 401(k) plans work similarly; the type of employer "
                                    "differs."
                                ),
                                (
                                    "In 2025 the employee limit is $23,500 for a 403(b) or 401(k), "
                                    "and a 457(b) has a separate limit (IRS, 2025)."
                                ),
                                "Non-governmental 457(b) plans carry extra risk and restrictions.",
                                "Check the match formula, the vesting schedule and the fees.",
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "Which retirement plans does your current or future employer "
                                "offer, and what is one question you would ask the benefits office?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "In 2025, what is the IRS limit on employee contributions to a "
                                    "403(b) for someone under 50?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "$7,000",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. That is the 2025 limit for an individual "
                                            "retirement account (IRA), not a 403(b)."
                                        ),
                                    },
                                    {
                                        "text": "$23,500",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. The 2025 employee limit for a 403(b) or "
                                            "401(k) is $23,500 (IRS, 2025)."
                                        ),
                                    },
                                    {
                                        "text": "There is no limit",
                                        "correct": False,
                                        "explanation": "Incorrect. The IRS sets an annual limit.",
                                    },
                                ],
                            },
                            {
                                "prompt": "Which statements are true? Select all that apply.",
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "A 457(b) has a contribution limit separate from a "
                                            "403(b)."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. That is why some people can contribute to "
                                            "both."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Employer matching contributions do not count toward "
                                            "your employee contribution limit."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. The employee limit applies to your own "
                                            "contributions."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Money in a non-governmental 457(b) is held in trust "
                                            "for you, just as in a governmental plan."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. In a non-governmental 457(b), the money "
                                            "remains an asset of the employer until paid out."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "A vesting schedule can take away your own payroll "
                                            "contributions."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Vesting applies to employer contributions; "
                                            "your own contributions are always yours."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                "es": {
                    "title": "Conozca sus planes de jubilación del trabajo",
                    "summary": (
                        "Entienda los planes 403(b), 401(k) y 457(b) y cómo funcionan sus límites."
                    ),
                    "lesson": [
                        ("heading", "Los planes que probablemente encontrará"),
                        (
                            "paragraph",
                            (
                                "<ul><li><b>403(b):</b> lo ofrecen muchos hospitales sin fines de "
                                "lucro, universidades y empleadores públicos. Funciona de forma "
                                "muy parecida a un 401(k).</li><li><b>401(k):</b> lo ofrecen "
                                "empleadores con fines de lucro, incluidos muchos consultorios "
                                "privados y grupos médicos.</li><li><b>457(b):</b> un plan de "
                                "compensación diferida que ofrecen empleadores gubernamentales y "
                                "algunos sin fines de lucro. A menudo se ofrece junto con un "
                                "403(b).</li></ul><p>Los tres le permiten aportar por nómina, y "
                                "sus inversiones crecen sin pagar impuestos cada año sobre las "
                                "ganancias. Usted paga impuestos al retirar los aportes "
                                "tradicionales, mientras que los retiros que cumplen los "
                                "requisitos de los aportes Roth, si el plan los ofrece, pueden "
                                "estar libres de impuestos.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Límites de aporte</h3><p>El IRS (el servicio de impuestos de "
                                "EE. UU.) fija límites anuales y suele actualizarlos cada año. En "
                                "2025, el límite de aportes del empleado a un 403(b) o un 401(k) "
                                "es de $23,500, con un monto adicional de recuperación (catch-up) "
                                "permitido a partir de los 50 años (IRS, 2025). Un 457(b) tiene su "
                                "propio límite por separado, también de $23,500 en 2025, así que "
                                "quien tiene acceso a un 403(b) y a un 457(b) podría aportar a "
                                "ambos (IRS, 2025). Los aportes del empleador, como el aporte "
                                "equivalente (match), no cuentan para su límite como "
                                "empleado.</p><h3>Lea la letra pequeña</h3><p>Pida a la oficina de "
                                "beneficios el resumen del plan y la información sobre comisiones. "
                                "Revise la <b>fórmula del aporte equivalente</b>, el <b>calendario "
                                "de consolidación de derechos</b> (vesting: cuánto tiempo debe "
                                "permanecer para que los aportes del empleador sean totalmente "
                                "suyos; sus propios aportes siempre le pertenecen), las opciones "
                                "de inversión y sus comisiones.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": (
                                    "Los planes 457(b) gubernamentales y no gubernamentales son "
                                    "distintos"
                                ),
                                "text": (
                                    "En un 457(b) gubernamental, su dinero se mantiene en un "
                                    "fideicomiso a su favor. En un 457(b) no gubernamental, que "
                                    "ofrecen algunas organizaciones sin fines de lucro, el dinero "
                                    "sigue siendo legalmente un activo del empleador hasta que se "
                                    "le paga, y podría estar en riesgo si el empleador tiene "
                                    "problemas financieros graves. Las opciones de retiro y de "
                                    "transferencia también son más limitadas. Lea los documentos "
                                    "del plan y haga preguntas antes de aportar."
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Los planes 403(b) y 401(k) funcionan de forma parecida; "
                                    "cambia el tipo de empleador."
                                ),
                                (
                                    "En 2025 el límite del empleado es de $23,500 para un 403(b) o "
                                    "un 401(k), y un 457(b) tiene un límite aparte (IRS, 2025)."
                                ),
                                (
                                    "Los planes 457(b) no gubernamentales implican más riesgos y "
                                    "restricciones."
                                ),
                                (
                                    "Revise la fórmula del aporte equivalente, el calendario de "
                                    "consolidación y las comisiones."
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "¿Qué planes de jubilación ofrece su empleador actual o futuro y "
                                "qué pregunta le haría a la oficina de beneficios?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "En 2025, ¿cuál es el límite del IRS para los aportes del "
                                    "empleado a un 403(b) para una persona menor de 50 años?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "$7,000",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Ese es el límite de 2025 para una cuenta "
                                            "individual de jubilación (IRA), no para un 403(b)."
                                        ),
                                    },
                                    {
                                        "text": "$23,500",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. El límite del empleado para un 403(b) o un "
                                            "401(k) en 2025 es de $23,500 (IRS, 2025)."
                                        ),
                                    },
                                    {
                                        "text": "No hay límite",
                                        "correct": False,
                                        "explanation": "Incorrecto. El IRS fija un límite anual.",
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "¿Cuáles afirmaciones son verdaderas? Seleccione todas las que "
                                    "correspondan."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "Un 457(b) tiene un límite de aporte separado del de "
                                            "un 403(b)."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Por eso algunas personas pueden aportar a "
                                            "ambos."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Los aportes equivalentes del empleador no cuentan "
                                            "para su límite de aporte como empleado."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. El límite del empleado se aplica a sus "
                                            "propios aportes."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "El dinero de un 457(b) no gubernamental se mantiene "
                                            "en un fideicomiso a su favor, igual que en un plan "
                                            "gubernamental."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. En un 457(b) no gubernamental, el dinero "
                                            "sigue siendo un activo del empleador hasta que se le "
                                            "paga."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Un calendario de consolidación puede quitarle sus "
                                            "propios aportes por nómina."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. La consolidación se aplica a los aportes "
                                            "del empleador; sus propios aportes siempre le "
                                            "pertenecen."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
            },
            {
                "key": "roth-or-traditional",
                "minutes": 8,
                "en": {
                    "title": "Roth or traditional?",
                    "summary": (
                        "Compare paying tax now with paying tax later, and see where IRAs fit."
                    ),
                    "lesson": [
                        ("heading", "Pay tax now or later"),
                        (
                            "paragraph",
                            (
                                "<p>Many workplace plans let you choose between two kinds of "
                                "contributions:</p><ul><li><b>Traditional (pre-tax):</b> "
                                "contributions lower your taxable income today. You pay income tax "
                                "when you withdraw the money in retirement.</li><li><b>Roth "
                                "(after-tax):</b> you pay tax on the money now. Qualified "
                                "withdrawals in retirement, including the growth, are "
                                "tax-free.</li></ul><p>The central question is whether your tax "
                                "rate is likely to be higher now or later. During training, many "
                                "clinicians earn less than they will later in their careers, so "
                                "Roth contributions are often attractive in these years. Once "
                                "income rises, traditional contributions may become more valuable. "
                                "Many people use both to spread their tax risk.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Individual retirement accounts (IRAs)</h3><p>An IRA is an "
                                "account you open yourself at a financial institution, outside "
                                "your job. In 2025 the IRS limit for IRA contributions is $7,000, "
                                "or $8,000 if you are 50 or older (IRS, 2025). The ability to "
                                "contribute directly to a Roth IRA phases out above income limits "
                                "that the IRS updates each year. Higher earners sometimes use a "
                                "more complex approach, often called a <b>backdoor Roth</b>, which "
                                "has tax-reporting steps that are easy to get wrong.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Loans and taxes interact",
                                "text": (
                                    "Pre-tax contributions lower your adjusted gross income, which "
                                    "is used to calculate payments under many income-driven "
                                    "repayment plans. If you are on such a plan, traditional "
                                    "contributions may lower both your tax bill and your loan "
                                    "payment. Because the rules for both are changing, ask a "
                                    "fee-only financial planner or a tax professional to model "
                                    "your situation."
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Traditional: tax break now, taxed later. Roth: taxed now, "
                                    "qualified withdrawals tax-free later."
                                ),
                                (
                                    "Lower-income training years are often a good time for Roth "
                                    "contributions."
                                ),
                                (
                                    "In 2025 the IRA limit is $7,000, or $8,000 at 50 and older "
                                    "(IRS, 2025)."
                                ),
                                "Pre-tax contributions can also lower income-driven loan payments.",
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "Do you expect your tax rate to be higher now or in retirement, "
                                "and how does that shape your choice?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": "Which statement describes a Roth contribution?",
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "You pay tax now, and qualified withdrawals in "
                                            "retirement are tax-free"
                                        ),
                                        "correct": True,
                                        "explanation": "Correct. That is the Roth trade-off.",
                                    },
                                    {
                                        "text": (
                                            "You get a tax deduction now and pay tax on "
                                            "withdrawals later"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. That describes a traditional (pre-tax) "
                                            "contribution."
                                        ),
                                    },
                                    {
                                        "text": "The money is never taxed at any point",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Roth contributions are made with money "
                                            "that has already been taxed."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "Why are Roth contributions often attractive during residency?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Income, and therefore the tax rate, is often lower "
                                            "than it will be later"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Paying tax at a lower rate now can be an "
                                            "advantage."
                                        ),
                                    },
                                    {
                                        "text": "Roth accounts have no contribution limits",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Roth contributions are subject to annual "
                                            "IRS limits."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Roth contributions lower income-driven loan payments"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Pre-tax (traditional) contributions lower "
                                            "adjusted gross income; Roth contributions do not."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": "Which statements are true? Select all that apply.",
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "Pre-tax contributions lower your adjusted gross "
                                            "income."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. This can lower both taxes and some "
                                            "income-driven loan payments."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Many people use both Roth and traditional "
                                            "contributions to spread tax risk."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Using both gives flexibility when future tax "
                                            "rates are uncertain."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "A backdoor Roth is simple and has no tax-reporting "
                                            "steps."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. The lesson notes its reporting steps are "
                                            "easy to get wrong."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                "es": {
                    "title": "¿Roth o tradicional?",
                    "summary": (
                        "Compare pagar impuestos ahora o más adelante, y vea dónde encajan las "
                        "cuentas IRA."
                    ),
                    "lesson": [
                        ("heading", "Pagar impuestos ahora o después"),
                        (
                            "paragraph",
                            (
                                "<p>Muchos planes del trabajo le permiten elegir entre dos tipos "
                                "de aportes:</p><ul><li><b>Tradicional (antes de impuestos):</b> "
                                "los aportes reducen su ingreso gravable hoy. Usted paga el "
                                "impuesto sobre la renta cuando retira el dinero en la "
                                "jubilación.</li><li><b>Roth (después de impuestos):</b> usted "
                                "paga impuestos sobre el dinero ahora. Los retiros que cumplen los "
                                "requisitos en la jubilación, incluido el crecimiento, están "
                                "libres de impuestos.</li></ul><p>La pregunta central es si es "
                                "probable que su tasa de impuestos sea más alta ahora o más "
                                "adelante. Durante la formación, muchos profesionales clínicos "
                                "ganan menos de lo que ganarán después, por lo que los aportes "
                                "Roth suelen ser atractivos en esos años. Cuando los ingresos "
                                "aumentan, los aportes tradicionales pueden volverse más valiosos. "
                                "Muchas personas usan ambos para repartir el riesgo fiscal.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Cuentas individuales de jubilación (IRA)</h3><p>Una IRA es "
                                "una cuenta que usted abre por su cuenta en una institución "
                                "financiera, fuera de su trabajo. En 2025, el límite del IRS para "
                                "aportar a una IRA es de $7,000, o de $8,000 si tiene 50 años o "
                                "más (IRS, 2025). La posibilidad de aportar directamente a una IRA "
                                "Roth se reduce por encima de ciertos límites de ingresos que el "
                                "IRS actualiza cada año. Las personas con ingresos más altos a "
                                "veces usan un método más complejo, a menudo llamado <b>Roth por "
                                "la puerta trasera</b> (backdoor Roth), que tiene pasos de "
                                "declaración de impuestos en los que es fácil equivocarse.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Los préstamos y los impuestos se relacionan",
                                "text": (
                                    "Los aportes antes de impuestos reducen su ingreso bruto "
                                    "ajustado, que se usa para calcular los pagos en muchos planes "
                                    "de pago basados en los ingresos. Si está en uno de esos "
                                    "planes, los aportes tradicionales pueden reducir tanto sus "
                                    "impuestos como su pago del préstamo. Como las reglas de ambos "
                                    "están cambiando, pida a un planificador financiero que cobra "
                                    "solo honorarios o a un profesional de impuestos que analice "
                                    "su situación."
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Tradicional: beneficio fiscal ahora, impuestos después. Roth: "
                                    "impuestos ahora, retiros que cumplen los requisitos libres de "
                                    "impuestos después."
                                ),
                                (
                                    "Los años de formación, con ingresos más bajos, suelen ser un "
                                    "buen momento para los aportes Roth."
                                ),
                                (
                                    "En 2025 el límite de una IRA es de $7,000, o de $8,000 a "
                                    "partir de los 50 años (IRS, 2025)."
                                ),
                                (
                                    "Los aportes antes de impuestos también pueden reducir los "
                                    "pagos de préstamos basados en los ingresos."
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "¿Cree que su tasa de impuestos será más alta ahora o en la "
                                "jubilación, y cómo influye eso en su decisión?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": "¿Qué afirmación describe un aporte Roth?",
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Paga impuestos ahora, y los retiros que cumplen los "
                                            "requisitos en la jubilación están libres de impuestos"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Ese es el intercambio que ofrece Roth."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Obtiene una deducción fiscal ahora y paga impuestos "
                                            "al retirar más adelante"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Eso describe un aporte tradicional (antes "
                                            "de impuestos)."
                                        ),
                                    },
                                    {
                                        "text": "El dinero nunca paga impuestos en ningún momento",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Los aportes Roth se hacen con dinero que "
                                            "ya pagó impuestos."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "¿Por qué los aportes Roth suelen ser atractivos durante la "
                                    "residencia?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Los ingresos, y por lo tanto la tasa de impuestos, "
                                            "suelen ser más bajos que más adelante"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Pagar impuestos hoy a una tasa más baja "
                                            "puede ser una ventaja."
                                        ),
                                    },
                                    {
                                        "text": "Las cuentas Roth no tienen límites de aporte",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Los aportes Roth están sujetos a límites "
                                            "anuales del IRS."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Los aportes Roth reducen los pagos de préstamos "
                                            "basados en los ingresos"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Los aportes tradicionales (antes de "
                                            "impuestos) reducen el ingreso bruto ajustado; los "
                                            "aportes Roth no."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "¿Cuáles afirmaciones son verdaderas? Seleccione todas las que "
                                    "correspondan."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "Los aportes antes de impuestos reducen su ingreso "
                                            "bruto ajustado."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Esto puede reducir tanto los impuestos como "
                                            "algunos pagos de préstamos basados en los ingresos."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Muchas personas usan aportes Roth y tradicionales "
                                            "para repartir el riesgo fiscal."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Usar ambos da flexibilidad cuando las tasas "
                                            "futuras son inciertas."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "El Roth por la puerta trasera es sencillo y no tiene "
                                            "pasos de declaración de impuestos."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. La lección señala que en sus pasos de "
                                            "declaración es fácil equivocarse."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
            },
            {
                "key": "your-saving-order",
                "minutes": 7,
                "en": {
                    "title": "Put it together: your saving order",
                    "summary": (
                        "Set simple priorities for where each dollar goes, and know when to get "
                        "advice."
                    ),
                    "lesson": [
                        ("heading", "A simple order of priorities"),
                        (
                            "paragraph",
                            (
                                "<p>Everyone's situation is different, but many planners suggest a "
                                "sequence like this one as a starting point:</p><ol><li>Build a "
                                "small emergency fund.</li><li>Contribute enough to your workplace "
                                "plan to receive the <b>full employer match</b>.</li><li>Pay down "
                                "high-interest debt, such as credit cards.</li><li>Consider Roth "
                                "contributions, in your workplace plan or a Roth IRA, while your "
                                "income is lower.</li><li>Increase workplace contributions toward "
                                "the annual limit as your income grows.</li></ol><p>Your "
                                "student-loan strategy fits alongside this list. If you are "
                                "pursuing PSLF, for example, keeping loan payments affordable and "
                                "saving for retirement often work well together.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Keep it simple and low-cost</h3><p>You do not need to pick "
                                "individual stocks. A broadly diversified, low-cost index fund, or "
                                "a target-date fund matched to your expected retirement year, is a "
                                "reasonable default for many people. Fees matter: a difference of "
                                "even one percentage point a year in costs can add up to a large "
                                "sum over a career. Review your choices about once a year rather "
                                "than reacting to daily market news.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Ask how an adviser is paid",
                                "text": (
                                    "Some people who call themselves advisers earn commissions on "
                                    "the products they sell. A fee-only financial planner is paid "
                                    "directly by you and usually acts as a fiduciary, meaning they "
                                    "must put your interests first. Ask any adviser how they are "
                                    "paid and whether they act as a fiduciary at all times."
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                "Capture the full employer match before other investing goals.",
                                "Tackle high-interest debt early.",
                                "Low-cost, diversified funds are a sensible default.",
                                (
                                    "Ask any adviser how they are paid and whether they are a "
                                    "fiduciary."
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "What is one change you could make in the next month to move one "
                                "step down this list?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "In the lesson's suggested order, what comes right after "
                                    "building a small emergency fund?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Contributing enough to receive the full employer match"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. The match is part of your pay, so it comes "
                                            "early."
                                        ),
                                    },
                                    {
                                        "text": "Picking individual stocks",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. The lesson suggests you do not need to "
                                            "pick individual stocks."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Increasing workplace contributions to the annual limit"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. That is the last step in the suggested "
                                            "order, as income grows."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "Which questions are useful to ask a financial adviser? Select "
                                    "all that apply."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "How are you paid?",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Commissions can create conflicts of interest."
                                        ),
                                    },
                                    {
                                        "text": "Do you act as a fiduciary at all times?",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. A fiduciary must put your interests first."
                                        ),
                                    },
                                    {
                                        "text": "Can you guarantee my returns?",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. No one can honestly guarantee investment "
                                            "returns."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                "es": {
                    "title": "Póngalo en práctica: su orden de ahorro",
                    "summary": (
                        "Fije prioridades sencillas para cada dólar y sepa cuándo pedir asesoría."
                    ),
                    "lesson": [
                        ("heading", "Un orden sencillo de prioridades"),
                        (
                            "paragraph",
                            (
                                "<p>La situación de cada persona es distinta, pero muchos "
                                "planificadores sugieren una secuencia como esta como punto de "
                                "partida:</p><ol><li>Forme un pequeño fondo de "
                                "emergencia.</li><li>Aporte a su plan del trabajo lo suficiente "
                                "para recibir el <b>aporte equivalente completo del "
                                "empleador</b>.</li><li>Pague las deudas con intereses altos, como "
                                "las de tarjetas de crédito.</li><li>Considere aportes Roth, en su "
                                "plan del trabajo o en una IRA Roth, mientras sus ingresos sean "
                                "más bajos.</li><li>Aumente sus aportes en el trabajo hacia el "
                                "límite anual a medida que crezcan sus ingresos.</li></ol><p>Su "
                                "estrategia para los préstamos estudiantiles se combina con esta "
                                "lista. Si busca la PSLF, por ejemplo, mantener pagos accesibles y "
                                "ahorrar para la jubilación suelen complementarse bien.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Manténgalo simple y de bajo costo</h3><p>No necesita elegir "
                                "acciones individuales. Un fondo indexado, de bajo costo y "
                                "ampliamente diversificado, o un fondo con fecha objetivo acorde "
                                "al año en que espera jubilarse, es una opción razonable para "
                                "muchas personas. Las comisiones importan: una diferencia de "
                                "incluso un punto porcentual al año en costos puede sumar una "
                                "cantidad grande a lo largo de una carrera. Revise sus decisiones "
                                "más o menos una vez al año, en lugar de reaccionar a las noticias "
                                "diarias del mercado.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Pregunte cómo se le paga a su asesor",
                                "text": (
                                    "Algunas personas que se presentan como asesores ganan "
                                    "comisiones por los productos que venden. Un planificador "
                                    "financiero que cobra solo honorarios recibe el pago "
                                    "directamente de usted y por lo general actúa como fiduciario, "
                                    "es decir, debe poner sus intereses en primer lugar. Pregunte "
                                    "a cualquier asesor cómo se le paga y si actúa como fiduciario "
                                    "en todo momento."
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Obtenga el aporte equivalente completo del empleador antes "
                                    "que otras metas de inversión."
                                ),
                                "Ataque pronto las deudas con intereses altos.",
                                "Los fondos diversificados y de bajo costo son una opción sensata.",
                                "Pregunte a cualquier asesor cómo se le paga y si es fiduciario.",
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "¿Qué cambio podría hacer el próximo mes para avanzar un paso en "
                                "esta lista?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "En el orden que sugiere la lección, ¿qué sigue justo después "
                                    "de formar un pequeño fondo de emergencia?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Aportar lo suficiente para recibir el aporte "
                                            "equivalente completo del empleador"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. El aporte del empleador es parte de su "
                                            "remuneración, por eso va temprano."
                                        ),
                                    },
                                    {
                                        "text": "Elegir acciones individuales",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. La lección indica que no necesita elegir "
                                            "acciones individuales."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Aumentar los aportes en el trabajo hasta el límite "
                                            "anual"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Ese es el último paso del orden sugerido, "
                                            "a medida que crecen los ingresos."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "¿Qué preguntas conviene hacerle a un asesor financiero? "
                                    "Seleccione todas las que correspondan."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "¿Cómo se le paga?",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Las comisiones pueden generar conflictos de "
                                            "interés."
                                        ),
                                    },
                                    {
                                        "text": "¿Actúa como fiduciario en todo momento?",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Un fiduciario debe poner sus intereses en "
                                            "primer lugar."
                                        ),
                                    },
                                    {
                                        "text": "¿Puede garantizarme los rendimientos?",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Nadie puede garantizar honestamente los "
                                            "rendimientos de una inversión."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
            },
        ],
    },
    {
        "key": "reading-a-physician-employment-contract",
        "topic": "business-of-doctoring",
        "format": "self_paced",
        "stages": ["resident", "early_career", "mid_late_career"],
        "specialties": [],
        "certificate": True,
        "members_only": True,
        "prerequisites": [],
        "facilitators": ["renee-baptiste"],
        "en": {
            "title": "Reading a physician employment contract",
            "summary": (
                "Understand compensation, RVUs, non-competes, termination and malpractice tail "
                "coverage before you sign."
            ),
            "introduction": (
                "An employment contract shapes your pay, your schedule, your freedom to move and "
                "your legal protection for years. This course explains, in plain language, the "
                "sections that matter most in a physician agreement, so you can spot questions "
                "before you sign. Much of it also applies to other clinicians. It is education, "
                "not legal advice: always have your contract reviewed by an attorney who "
                "specializes in health care employment contracts."
            ),
            "objectives": [
                "Identify the main sections of an employment agreement and what each one controls.",
                "Explain salary, productivity and RVU-based compensation models.",
                "Recognize restrictive covenants and termination terms that deserve attention.",
                (
                    "Describe claims-made and occurrence malpractice coverage and who pays for "
                    "tail coverage."
                ),
            ],
        },
        "es": {
            "title": "Cómo leer un contrato de trabajo médico",
            "summary": (
                "Entienda la remuneración, las RVU, las cláusulas de no competencia, la "
                "terminación y la cobertura de cola antes de firmar."
            ),
            "introduction": (
                "Un contrato de trabajo define durante años su remuneración, su horario, su "
                "libertad para cambiar de empleo y su protección legal. Este curso explica, en "
                "lenguaje sencillo, las secciones más importantes de un contrato médico, para que "
                "pueda detectar dudas antes de firmar. Gran parte también se aplica a otros "
                "profesionales clínicos. Es educación, no asesoría legal: haga revisar siempre su "
                "contrato por un abogado especializado en contratos de trabajo en el sector salud."
            ),
            "objectives": [
                (
                    "Identificar las secciones principales de un contrato de trabajo y lo que "
                    "regula cada una."
                ),
                (
                    "Explicar los modelos de remuneración por sueldo, por productividad y basados "
                    "en RVU."
                ),
                "Reconocer las cláusulas restrictivas y de terminación que merecen atención.",
                (
                    "Describir la cobertura por reclamación y por ocurrencia, y quién paga la "
                    "cobertura de cola."
                ),
            ],
        },
        "modules": [
            {
                "key": "anatomy-of-a-contract",
                "minutes": 7,
                "en": {
                    "title": "The anatomy of a contract",
                    "summary": (
                        "Learn the main sections of an agreement and how to read it with a purpose."
                    ),
                    "lesson": [
                        ("heading", "Read it like a map"),
                        (
                            "paragraph",
                            (
                                "<p>Most employment agreements follow a similar pattern, even when "
                                "the wording differs. Reading with a map in mind helps you notice "
                                "what is missing as well as what is there. Common sections "
                                "include:</p><ul><li><b>Parties, term and start date:</b> who the "
                                "employer is and how long the agreement "
                                "lasts.</li><li><b>Duties:</b> clinical hours, call, locations, "
                                "administrative work and teaching.</li><li><b>Compensation and "
                                "benefits:</b> base pay, bonuses, retirement plans, insurance, "
                                "paid time off and continuing medical education (CME) "
                                "funds.</li><li><b>Termination:</b> how either side can end the "
                                "agreement.</li><li><b>Restrictive covenants:</b> non-compete and "
                                "non-solicitation clauses.</li><li><b>Malpractice insurance:</b> "
                                "the type of coverage and who pays for tail coverage.</li></ul>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Watch for language that points elsewhere</h3><p>Phrases such "
                                "as “as determined by the employer” or “per the employer's "
                                "policies” can let the employer change terms later. Ask to see any "
                                "policy, schedule or exhibit that the contract refers to, such as "
                                "a bonus plan or call schedule. If something you were promised in "
                                "conversation is not in writing, assume it is not part of the "
                                "deal.</p><p>Also check who signs for the employer, and whether "
                                "the offer letter, the contract and any exhibits agree with one "
                                "another.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Get a qualified review",
                                "text": (
                                    "Have the agreement reviewed by an attorney who specializes in "
                                    "health care employment contracts before you sign. Ask about "
                                    "the fee up front; many offer a flat fee for a contract "
                                    "review. A review costs far less than living with a bad clause "
                                    "for years."
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Read the contract section by section, with a map of what "
                                    "should be there."
                                ),
                                "Ask to see every policy or exhibit the contract refers to.",
                                "If a promise is not in writing, treat it as not promised.",
                                (
                                    "Have a health care contract attorney review the agreement "
                                    "before you sign."
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "What matters most to you in your next job, and which section of a "
                                "contract would protect it?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "A recruiter promised you four weeks of vacation, but the "
                                    "contract says paid time off is “per the employer's policies.” "
                                    "What should you do?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Ask to see the policy and to have the four weeks "
                                            "written into the agreement"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Only what is in writing protects you."
                                        ),
                                    },
                                    {
                                        "text": "Rely on the recruiter's word",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Verbal promises may not be binding, and "
                                            "policies can change."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Ignore it, because employer policies cannot change"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Employers can usually change their "
                                            "policies."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "Which items should you expect to find, or ask about, in an "
                                    "employment agreement? Select all that apply."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "Termination terms",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Termination is a core section of any "
                                            "agreement."
                                        ),
                                    },
                                    {
                                        "text": "Who pays for malpractice tail coverage",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. This can be a large cost and should be "
                                            "settled in writing."
                                        ),
                                    },
                                    {
                                        "text": "Call responsibilities",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Call is part of your duties and affects your "
                                            "workload."
                                        ),
                                    },
                                    {
                                        "text": "Your personal medical history",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Your medical history is not part of an "
                                            "employment agreement."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                "es": {
                    "title": "La anatomía de un contrato",
                    "summary": (
                        "Conozca las secciones principales de un contrato y cómo leerlo con un "
                        "propósito."
                    ),
                    "lesson": [
                        ("heading", "Léalo como un mapa"),
                        (
                            "paragraph",
                            (
                                "<p>La mayoría de los contratos de trabajo siguen un patrón "
                                "parecido, aunque la redacción cambie. Leer con un mapa en mente "
                                "le ayuda a notar lo que falta, además de lo que está. Las "
                                "secciones más comunes son:</p><ul><li><b>Partes, vigencia y fecha "
                                "de inicio:</b> quién es el empleador y cuánto dura el "
                                "contrato.</li><li><b>Funciones:</b> horas clínicas, guardias, "
                                "sedes, trabajo administrativo y docencia.</li><li><b>Remuneración "
                                "y beneficios:</b> sueldo base, bonos, planes de jubilación, "
                                "seguros, tiempo libre pagado y fondos para educación médica "
                                "continua (CME, por sus siglas en "
                                "inglés).</li><li><b>Terminación:</b> cómo cualquiera de las "
                                "partes puede poner fin al contrato.</li><li><b>Cláusulas "
                                "restrictivas:</b> cláusulas de no competencia y de no "
                                "captación.</li><li><b>Seguro de responsabilidad profesional:</b> "
                                "el tipo de cobertura y quién paga la cobertura de cola (tail "
                                "coverage).</li></ul>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Preste atención al lenguaje que remite a otros "
                                "documentos</h3><p>Frases como “según lo determine el empleador” o "
                                "“conforme a las políticas del empleador” pueden permitir que el "
                                "empleador cambie las condiciones más adelante. Pida ver cualquier "
                                "política, calendario o anexo que el contrato mencione, como un "
                                "plan de bonos o el calendario de guardias. Si algo que le "
                                "prometieron en una conversación no está por escrito, suponga que "
                                "no forma parte del acuerdo.</p><p>Revise también quién firma en "
                                "nombre del empleador y si la carta de oferta, el contrato y los "
                                "anexos coinciden entre sí.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Pida una revisión calificada",
                                "text": (
                                    "Antes de firmar, haga revisar el contrato por un abogado "
                                    "especializado en contratos de trabajo en el sector salud. "
                                    "Pregunte de antemano cuánto cobra; muchos ofrecen una tarifa "
                                    "fija por la revisión. Una revisión cuesta mucho menos que "
                                    "vivir años con una cláusula desfavorable."
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Lea el contrato sección por sección, con un mapa de lo que "
                                    "debería contener."
                                ),
                                "Pida ver cada política o anexo que el contrato mencione.",
                                "Si una promesa no está por escrito, considérela no hecha.",
                                (
                                    "Haga revisar el contrato por un abogado especializado en el "
                                    "sector salud antes de firmar."
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "¿Qué es lo que más le importa en su próximo empleo y qué sección "
                                "de un contrato lo protegería?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "Un reclutador le prometió cuatro semanas de vacaciones, pero "
                                    "el contrato dice que el tiempo libre pagado es “conforme a "
                                    "las políticas del empleador”. ¿Qué debería hacer?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Pedir ver la política y que las cuatro semanas queden "
                                            "por escrito en el contrato"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Solo lo que está por escrito le protege."
                                        ),
                                    },
                                    {
                                        "text": "Confiar en la palabra del reclutador",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Las promesas verbales pueden no ser "
                                            "obligatorias, y las políticas pueden cambiar."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "No hacer nada, porque las políticas del empleador no "
                                            "pueden cambiar"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Por lo general, los empleadores pueden "
                                            "cambiar sus políticas."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "¿Qué elementos debería encontrar, o preguntar, en un contrato "
                                    "de trabajo? Seleccione todos los que correspondan."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "Condiciones de terminación",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. La terminación es una sección central de "
                                            "todo contrato."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Quién paga la cobertura de cola del seguro de "
                                            "responsabilidad profesional"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Puede ser un costo alto y debe quedar "
                                            "definido por escrito."
                                        ),
                                    },
                                    {
                                        "text": "Las responsabilidades de guardia",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Las guardias forman parte de sus funciones "
                                            "y afectan su carga de trabajo."
                                        ),
                                    },
                                    {
                                        "text": "Sus antecedentes médicos personales",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Sus antecedentes médicos no forman parte "
                                            "de un contrato de trabajo."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
            },
            {
                "key": "compensation-and-rvus",
                "minutes": 8,
                "en": {
                    "title": "Compensation models and RVUs",
                    "summary": (
                        "Understand salary, productivity pay and how relative value units turn "
                        "work into dollars."
                    ),
                    "lesson": [
                        ("heading", "Common ways clinicians are paid"),
                        (
                            "paragraph",
                            (
                                "<ul><li><b>Guaranteed salary:</b> a set amount, often used for "
                                "the first year or two while you build a patient "
                                "panel.</li><li><b>Productivity pay:</b> pay tied to the work you "
                                "do, often measured in RVUs or, in some settings such as "
                                "dentistry, a percentage of collections or "
                                "production.</li><li><b>Salary plus incentive:</b> a base salary "
                                "with a bonus for productivity, quality measures or other "
                                "goals.</li></ul><p>Many contracts combine these, for example a "
                                "guaranteed salary for two years followed by a productivity "
                                "model.</p><p>Also read the terms attached to signing bonuses, "
                                "relocation money and loan repayment assistance. Many require you "
                                "to pay the money back, a <b>clawback</b>, if you leave before a "
                                "set date.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>What is an RVU?</h3><p>A <b>relative value unit (RVU)</b> is "
                                "a measure Medicare uses to assign a relative value to each "
                                "service that clinicians bill. Each service's RVUs have three "
                                "parts: clinician work, practice expense and malpractice expense. "
                                "Employment contracts usually focus on <b>work RVUs "
                                "(wRVUs)</b>.</p><p>Productivity pay is often your wRVUs "
                                "multiplied by a dollar amount per wRVU, which many contracts call "
                                "the <b>conversion factor</b>. For example, in a hypothetical "
                                "contract, 5,000 wRVUs at $50 per wRVU would equal $250,000. Small "
                                "changes to either number make a big difference, so ask how both "
                                "are set, how often they change, and how your wRVUs are tracked "
                                "and reported to you.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Questions to ask about productivity pay",
                                "text": (
                                    "Is there a threshold before any bonus starts? Who controls "
                                    "the schedule, staffing and referrals that drive your numbers? "
                                    "Will you see monthly reports? What happens to your pay if the "
                                    "employer changes the conversion factor or billing rules?"
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                "Pay may be a guaranteed salary, productivity-based or a mix.",
                                (
                                    "Productivity pay often equals wRVUs multiplied by a dollar "
                                    "amount per wRVU."
                                ),
                                (
                                    "Ask how targets are set, who controls the inputs and how you "
                                    "will see your data."
                                ),
                                "Check clawback terms on signing bonuses and loan repayment help.",
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "If your pay depended on productivity, which factors would be in "
                                "your control and which would depend on the employer?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "Under a hypothetical contract paying $50 per wRVU, what would "
                                    "4,000 wRVUs earn in productivity pay?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "$200,000",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. 4,000 multiplied by $50 equals $200,000."
                                        ),
                                    },
                                    {
                                        "text": "$250,000",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. That would be 5,000 wRVUs at $50, as in "
                                            "the lesson's example."
                                        ),
                                    },
                                    {
                                        "text": "$50,000",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Multiply the wRVUs by the dollar amount "
                                            "per wRVU: 4,000 times $50."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": "Which are components of an RVU? Select all that apply.",
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "Clinician work",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. The work component is the basis for wRVUs."
                                        ),
                                    },
                                    {
                                        "text": "Practice expense",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Practice expense is one of the three "
                                            "components."
                                        ),
                                    },
                                    {
                                        "text": "Malpractice expense",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Malpractice expense is one of the three "
                                            "components."
                                        ),
                                    },
                                    {
                                        "text": "Patient satisfaction score",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Satisfaction scores may affect some "
                                            "bonuses but are not part of an RVU."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": "What is a clawback?",
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "A requirement to repay a bonus or benefit if you "
                                            "leave before a set date"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Check the dates and amounts before you sign."
                                        ),
                                    },
                                    {
                                        "text": "A bonus paid for high quality scores",
                                        "correct": False,
                                        "explanation": "Incorrect. That is a quality incentive.",
                                    },
                                    {
                                        "text": "A deduction from pay for malpractice premiums",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. A clawback is about repaying money if you "
                                            "leave early."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                "es": {
                    "title": "Modelos de remuneración y RVU",
                    "summary": (
                        "Entienda el sueldo, el pago por productividad y cómo las unidades de "
                        "valor relativo convierten el trabajo en dólares."
                    ),
                    "lesson": [
                        ("heading", "Formas comunes de pago a profesionales clínicos"),
                        (
                            "paragraph",
                            (
                                "<ul><li><b>Sueldo garantizado:</b> un monto fijo, que a menudo se "
                                "usa durante el primer año o los dos primeros mientras forma su "
                                "panel de pacientes.</li><li><b>Pago por productividad:</b> un "
                                "pago ligado al trabajo que realiza, a menudo medido en RVU o, en "
                                "algunos entornos como la odontología, como un porcentaje de lo "
                                "cobrado o producido.</li><li><b>Sueldo más incentivos:</b> un "
                                "sueldo base con un bono por productividad, indicadores de calidad "
                                "u otras metas.</li></ul><p>Muchos contratos combinan estos "
                                "modelos, por ejemplo un sueldo garantizado durante dos años "
                                "seguido de un modelo por productividad.</p><p>Lea también las "
                                "condiciones de los bonos de contratación, los fondos para mudanza "
                                "y la ayuda para pagar préstamos. Muchas exigen devolver el "
                                "dinero, lo que se conoce como <b>cláusula de reembolso</b> "
                                "(clawback), si se va antes de cierta fecha.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>¿Qué es una RVU?</h3><p>Una <b>unidad de valor relativo (RVU, "
                                "por sus siglas en inglés)</b> es una medida que usa Medicare para "
                                "asignar un valor relativo a cada servicio que facturan los "
                                "profesionales clínicos. Las RVU de cada servicio tienen tres "
                                "componentes: el trabajo del profesional, los gastos de la "
                                "práctica y el gasto por responsabilidad profesional. Los "
                                "contratos de trabajo suelen centrarse en las <b>RVU de trabajo "
                                "(wRVU)</b>.</p><p>El pago por productividad suele ser sus wRVU "
                                "multiplicadas por un monto en dólares por wRVU, que muchos "
                                "contratos llaman <b>factor de conversión</b>. Por ejemplo, en un "
                                "contrato hipotético, 5,000 wRVU a $50 por wRVU equivaldrían a "
                                "$250,000. Pequeños cambios en cualquiera de los dos números "
                                "marcan una gran diferencia, así que pregunte cómo se fijan, cada "
                                "cuánto cambian y cómo se registran y se le informan sus wRVU.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Preguntas sobre el pago por productividad",
                                "text": (
                                    "¿Hay un umbral antes de que empiece cualquier bono? ¿Quién "
                                    "controla la agenda, el personal y las derivaciones que "
                                    "determinan sus números? ¿Recibirá informes mensuales? ¿Qué "
                                    "pasa con su pago si el empleador cambia el factor de "
                                    "conversión o las reglas de facturación?"
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "El pago puede ser un sueldo garantizado, por productividad o "
                                    "una combinación."
                                ),
                                (
                                    "El pago por productividad suele ser las wRVU multiplicadas "
                                    "por un monto en dólares por wRVU."
                                ),
                                (
                                    "Pregunte cómo se fijan las metas, quién controla los factores "
                                    "que influyen y cómo verá sus datos."
                                ),
                                (
                                    "Revise las cláusulas de reembolso de los bonos de "
                                    "contratación y de la ayuda para préstamos."
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "Si su pago dependiera de la productividad, ¿qué factores estarían "
                                "bajo su control y cuáles dependerían del empleador?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "En un contrato hipotético que paga $50 por wRVU, ¿cuánto "
                                    "generarían 4,000 wRVU en pago por productividad?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "$200,000",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. 4,000 multiplicado por $50 es igual a "
                                            "$200,000."
                                        ),
                                    },
                                    {
                                        "text": "$250,000",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Eso correspondería a 5,000 wRVU a $50, "
                                            "como en el ejemplo de la lección."
                                        ),
                                    },
                                    {
                                        "text": "$50,000",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Multiplique las wRVU por el monto por "
                                            "wRVU: 4,000 por $50."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "¿Cuáles son componentes de una RVU? Seleccione todos los que "
                                    "correspondan."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "El trabajo del profesional",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. El componente de trabajo es la base de las "
                                            "wRVU."
                                        ),
                                    },
                                    {
                                        "text": "Los gastos de la práctica",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Los gastos de la práctica son uno de los "
                                            "tres componentes."
                                        ),
                                    },
                                    {
                                        "text": "El gasto por responsabilidad profesional",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. El gasto por responsabilidad profesional es "
                                            "uno de los tres componentes."
                                        ),
                                    },
                                    {
                                        "text": "La puntuación de satisfacción de los pacientes",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. La satisfacción puede influir en algunos "
                                            "bonos, pero no forma parte de una RVU."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": "¿Qué es una cláusula de reembolso (clawback)?",
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "La obligación de devolver un bono o beneficio si se "
                                            "va antes de cierta fecha"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Revise las fechas y los montos antes de "
                                            "firmar."
                                        ),
                                    },
                                    {
                                        "text": "Un bono pagado por buenos indicadores de calidad",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Eso es un incentivo por calidad."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Un descuento del sueldo para pagar el seguro de "
                                            "responsabilidad profesional"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Una cláusula de reembolso trata de "
                                            "devolver dinero si se va antes de tiempo."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
            },
            {
                "key": "non-competes-and-termination",
                "minutes": 8,
                "en": {
                    "title": "Non-competes and termination",
                    "summary": (
                        "Understand clauses that limit where you can work and how the agreement "
                        "can end."
                    ),
                    "lesson": [
                        ("heading", "Restrictive covenants"),
                        (
                            "paragraph",
                            (
                                "<p>A <b>non-compete</b> (also called a covenant not to compete) "
                                "limits where you can practice after you leave, usually within a "
                                "set distance of the employer's sites for a set time. A "
                                "<b>non-solicitation</b> clause limits contacting the employer's "
                                "patients or staff after you leave.</p><p>Whether these clauses "
                                "can be enforced depends on state law, and state laws differ "
                                "widely and keep changing. Several states limit non-competes for "
                                "physicians or other health professionals. A 2024 Federal Trade "
                                "Commission rule that would have banned most non-competes was "
                                "blocked by a federal court and did not take effect (FTC, 2025). "
                                "Ask your attorney how your state treats these clauses today.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>What to check in a non-compete</h3><ul><li><b>Distance:</b> "
                                "is it measured from one site or from every site the employer has, "
                                "including ones it may open later?</li><li><b>Length:</b> how long "
                                "it lasts after you leave.</li><li><b>Scope:</b> does it cover all "
                                "clinical practice, or only your "
                                "specialty?</li><li><b>Triggers:</b> does it still apply if the "
                                "employer ends your contract without cause or does not renew "
                                "it?</li><li><b>Buyout:</b> can you pay a set amount to be "
                                "released from it?</li></ul>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Termination</h3><p><b>Termination without cause</b> lets "
                                "either side end the agreement with written notice, often 90 days, "
                                "though it varies. <b>Termination for cause</b> allows an "
                                "immediate end for serious reasons, such as losing your license. "
                                "Look for a clear list of causes and, where appropriate, a chance "
                                "to fix a problem before termination, called a <b>cure period</b>. "
                                "Check what happens to your non-compete, tail coverage and any "
                                "bonuses in each case.</p>"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Whether a non-compete can be enforced depends on state law, "
                                    "which differs and changes."
                                ),
                                (
                                    "A 2024 FTC rule banning most non-competes did not take effect "
                                    "(FTC, 2025)."
                                ),
                                "Check distance, length, scope, triggers and buyout options.",
                                (
                                    "Know your notice period and what happens to other terms if "
                                    "the contract ends."
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "If you had to leave this job in two years, where could you "
                                "practice, and would that work for you and your family?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "What mainly determines whether a non-compete can be enforced "
                                    "against you?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "The law of the state involved, which differs from "
                                            "state to state and changes"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. That is why you should ask an attorney about "
                                            "your state."
                                        ),
                                    },
                                    {
                                        "text": "A federal rule that bans all non-competes",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. The 2024 FTC rule was blocked and did not "
                                            "take effect (FTC, 2025)."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Nothing, because non-competes are always enforceable"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Enforceability depends on state law, and "
                                            "several states limit them."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "Which questions are worth asking about a non-compete? Select "
                                    "all that apply."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "Is the distance measured from every employer site, "
                                            "including future ones?"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Measuring from every site can cover a much "
                                            "larger area."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Does it still apply if the employer ends the contract "
                                            "without cause?"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. This trigger matters a great deal."
                                        ),
                                    },
                                    {
                                        "text": "Can I pay a set amount to be released from it?",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. A buyout option can give you flexibility."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "None; non-competes never matter for employed "
                                            "clinicians"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Non-competes can limit where you practice "
                                            "after you leave."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": "What is a cure period?",
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "A chance to fix a problem before you can be "
                                            "terminated for it"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. It gives you time to correct an issue."
                                        ),
                                    },
                                    {
                                        "text": "The time you must wait before starting a new job",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. That describes a notice period or a "
                                            "non-compete, not a cure period."
                                        ),
                                    },
                                    {
                                        "text": "Paid leave after an illness",
                                        "correct": False,
                                        "explanation": "Incorrect. That would be sick leave.",
                                    },
                                ],
                            },
                        ],
                    },
                },
                "es": {
                    "title": "Cláusulas de no competencia y terminación",
                    "summary": (
                        "Entienda las cláusulas que limitan dónde puede trabajar y cómo puede "
                        "terminar el contrato."
                    ),
                    "lesson": [
                        ("heading", "Cláusulas restrictivas"),
                        (
                            "paragraph",
                            (
                                "<p>Una cláusula de <b>no competencia</b> limita dónde puede "
                                "ejercer después de dejar el empleo, por lo general dentro de "
                                "cierta distancia de las sedes del empleador y durante cierto "
                                "tiempo. Una cláusula de <b>no captación</b> limita el contacto "
                                "con los pacientes o el personal del empleador después de su "
                                "salida.</p><p>Que estas cláusulas puedan hacerse cumplir depende "
                                "de la ley estatal, y las leyes estatales varían mucho y siguen "
                                "cambiando. Varios estados limitan las cláusulas de no competencia "
                                "para médicos u otros profesionales de la salud. Una norma de 2024 "
                                "de la Comisión Federal de Comercio (FTC) que habría prohibido la "
                                "mayoría de estas cláusulas fue bloqueada por un tribunal federal "
                                "y no entró en vigor (FTC, 2025). Pregunte a su abogado cómo trata "
                                "hoy su estado estas cláusulas.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Qué revisar en una cláusula de no "
                                "competencia</h3><ul><li><b>Distancia:</b> ¿se mide desde una sede "
                                "o desde todas las sedes del empleador, incluidas las que pueda "
                                "abrir en el futuro?</li><li><b>Duración:</b> cuánto tiempo se "
                                "aplica después de su salida.</li><li><b>Alcance:</b> ¿abarca toda "
                                "la práctica clínica o solo su "
                                "especialidad?</li><li><b>Condiciones de aplicación:</b> ¿sigue "
                                "vigente si el empleador termina su contrato sin causa o no lo "
                                "renueva?</li><li><b>Compra de la cláusula:</b> ¿puede pagar un "
                                "monto fijo para quedar liberado de ella?</li></ul>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Terminación</h3><p>La <b>terminación sin causa</b> permite "
                                "que cualquiera de las partes ponga fin al contrato con aviso por "
                                "escrito, a menudo de 90 días, aunque varía. La <b>terminación con "
                                "causa</b> permite un fin inmediato por motivos graves, como "
                                "perder la licencia. Busque una lista clara de causas y, cuando "
                                "corresponda, la oportunidad de corregir un problema antes de la "
                                "terminación, llamada <b>período de subsanación</b>. Revise qué "
                                "pasa en cada caso con su cláusula de no competencia, su cobertura "
                                "de cola y cualquier bono.</p>"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Que una cláusula de no competencia pueda hacerse cumplir "
                                    "depende de la ley estatal, que varía y cambia."
                                ),
                                (
                                    "Una norma de la FTC de 2024 que prohibía la mayoría de estas "
                                    "cláusulas no entró en vigor (FTC, 2025)."
                                ),
                                (
                                    "Revise la distancia, la duración, el alcance, las condiciones "
                                    "de aplicación y la posibilidad de compra."
                                ),
                                (
                                    "Conozca su plazo de aviso y qué pasa con otras condiciones si "
                                    "el contrato termina."
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "Si tuviera que dejar este empleo en dos años, ¿dónde podría "
                                "ejercer y eso le funcionaría a usted y a su familia?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "¿Qué determina principalmente si una cláusula de no "
                                    "competencia puede hacerse cumplir en su contra?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "La ley del estado correspondiente, que varía de un "
                                            "estado a otro y cambia"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Por eso conviene preguntar a un abogado "
                                            "sobre su estado."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Una norma federal que prohíbe todas las cláusulas de "
                                            "no competencia"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. La norma de la FTC de 2024 fue bloqueada "
                                            "y no entró en vigor (FTC, 2025)."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Nada, porque las cláusulas de no competencia siempre "
                                            "pueden hacerse cumplir"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Depende de la ley estatal, y varios "
                                            "estados las limitan."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "¿Qué preguntas vale la pena hacer sobre una cláusula de no "
                                    "competencia? Seleccione todas las que correspondan."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "¿La distancia se mide desde todas las sedes del "
                                            "empleador, incluidas las futuras?"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Medir desde todas las sedes puede abarcar "
                                            "un área mucho mayor."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "¿Sigue vigente si el empleador termina el contrato "
                                            "sin causa?"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Esta condición es muy importante."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "¿Puedo pagar un monto fijo para quedar liberado de "
                                            "ella?"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. La posibilidad de compra puede darle "
                                            "flexibilidad."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Ninguna; estas cláusulas nunca importan para "
                                            "profesionales con empleo"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Estas cláusulas pueden limitar dónde "
                                            "ejerce después de irse."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": "¿Qué es un período de subsanación?",
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Una oportunidad de corregir un problema antes de que "
                                            "puedan despedirle por él"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Le da tiempo para corregir una situación."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "El tiempo que debe esperar antes de empezar un nuevo "
                                            "empleo"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Eso describe un plazo de aviso o una "
                                            "cláusula de no competencia, no un período de "
                                            "subsanación."
                                        ),
                                    },
                                    {
                                        "text": "Una licencia pagada después de una enfermedad",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Eso sería una licencia por enfermedad."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
            },
            {
                "key": "malpractice-and-tail",
                "minutes": 7,
                "en": {
                    "title": "Malpractice coverage and the tail",
                    "summary": (
                        "Understand claims-made and occurrence policies and why tail coverage "
                        "matters."
                    ),
                    "lesson": [
                        ("heading", "Two main kinds of coverage"),
                        (
                            "paragraph",
                            (
                                "<ul><li><b>Occurrence coverage</b> protects you for events that "
                                "happen while the policy is active, no matter when the claim is "
                                "filed, even years later.</li><li><b>Claims-made coverage</b> "
                                "protects you only if the policy is active both when the event "
                                "happened and when the claim is filed.</li></ul><p>Because "
                                "malpractice claims are often filed long after care was given, "
                                "claims-made coverage leaves a gap when you leave a job. That gap "
                                "is closed by <b>tail coverage</b> (an extended reporting "
                                "endorsement), bought when the policy ends, or by <b>nose "
                                "coverage</b> (prior acts coverage) added to your next employer's "
                                "policy.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Who pays for the tail?</h3><p>Tail coverage can be expensive, "
                                "often more than a full year's premium, depending on your "
                                "specialty and state. Contracts handle it in different ways: the "
                                "employer pays, you pay, the cost is shared, or the answer depends "
                                "on who ends the agreement and why. Get the answer in writing, and "
                                "ask whether the employer is self-insured or uses a commercial "
                                "insurer.</p><p>Also check the policy limits, whether your consent "
                                "is needed before a claim is settled, and whether the employer "
                                "will give you a copy of the policy or a certificate of "
                                "insurance.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "A common and costly surprise",
                                "text": (
                                    "Some clinicians learn only when they resign that they owe for "
                                    "tail coverage. Settle this question before you sign, not when "
                                    "you leave."
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Occurrence coverage follows the event; claims-made coverage "
                                    "also requires an active policy when the claim is filed."
                                ),
                                "Leaving a claims-made policy requires tail or nose coverage.",
                                (
                                    "Get in writing who pays for the tail, in every way the job "
                                    "could end."
                                ),
                                (
                                    "Ask about policy limits, consent to settle and a copy of the "
                                    "policy."
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "If you left your next job after three years, who would pay for "
                                "your tail coverage under the contract you are reviewing?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "You have claims-made coverage and leave your job. A year "
                                    "later, a patient you treated there files a claim. What "
                                    "protects you?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Tail coverage, or nose coverage through your new "
                                            "employer's policy"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. One of these closes the gap left by a "
                                            "claims-made policy."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Nothing else is needed, because claims-made policies "
                                            "follow you forever"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Claims-made coverage requires an active "
                                            "policy when the claim is filed."
                                        ),
                                    },
                                    {
                                        "text": "Your health insurance",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Health insurance does not cover "
                                            "malpractice claims."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": "Which statements are true? Select all that apply.",
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "Occurrence coverage protects you for events during "
                                            "the policy period, even if a claim is filed later."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. That is the defining feature of occurrence "
                                            "coverage."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Who pays for tail coverage should be settled in "
                                            "writing before you sign."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Leaving it open can lead to a large, "
                                            "unexpected bill."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Tail coverage is always inexpensive, so it rarely "
                                            "matters."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. It can cost more than a full year's "
                                            "premium."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                "es": {
                    "title": "El seguro de responsabilidad profesional y la cola",
                    "summary": (
                        "Entienda las pólizas por reclamación y por ocurrencia, y por qué importa "
                        "la cobertura de cola."
                    ),
                    "lesson": [
                        ("heading", "Dos tipos principales de cobertura"),
                        (
                            "paragraph",
                            (
                                "<ul><li>La <b>cobertura por ocurrencia</b> le protege por los "
                                "hechos que ocurren mientras la póliza está vigente, sin importar "
                                "cuándo se presente el reclamo, incluso años después.</li><li>La "
                                "<b>cobertura por reclamación</b> (claims-made) le protege solo si "
                                "la póliza está vigente tanto cuando ocurrió el hecho como cuando "
                                "se presenta el reclamo.</li></ul><p>Como los reclamos por mala "
                                "práctica suelen presentarse mucho después de la atención, la "
                                "cobertura por reclamación deja un vacío cuando usted deja un "
                                "empleo. Ese vacío se cubre con la <b>cobertura de cola</b> (tail "
                                "coverage o período extendido de notificación), que se compra al "
                                "terminar la póliza, o con la <b>cobertura de actos previos</b> "
                                "(nose coverage), que se agrega a la póliza de su siguiente "
                                "empleador.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>¿Quién paga la cola?</h3><p>La cobertura de cola puede ser "
                                "costosa, a menudo más que la prima de un año completo, según su "
                                "especialidad y su estado. Los contratos la manejan de distintas "
                                "formas: paga el empleador, paga usted, se comparte el costo o "
                                "depende de quién termina el contrato y por qué. Obtenga la "
                                "respuesta por escrito y pregunte si el empleador se autoasegura o "
                                "usa una aseguradora comercial.</p><p>Revise también los límites "
                                "de la póliza, si se necesita su consentimiento antes de llegar a "
                                "un acuerdo en un reclamo y si el empleador le dará una copia de "
                                "la póliza o un certificado de seguro.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Una sorpresa común y costosa",
                                "text": (
                                    "Algunos profesionales se enteran recién al renunciar de que "
                                    "deben pagar la cobertura de cola. Resuelva esta pregunta "
                                    "antes de firmar, no cuando se vaya."
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "La cobertura por ocurrencia sigue al hecho; la cobertura por "
                                    "reclamación además exige una póliza vigente cuando se "
                                    "presenta el reclamo."
                                ),
                                (
                                    "Al dejar una póliza por reclamación se necesita cobertura de "
                                    "cola o de actos previos."
                                ),
                                (
                                    "Obtenga por escrito quién paga la cola en cada forma en que "
                                    "podría terminar el empleo."
                                ),
                                (
                                    "Pregunte por los límites de la póliza, el consentimiento para "
                                    "llegar a acuerdos y una copia de la póliza."
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "Si dejara su próximo empleo después de tres años, ¿quién pagaría "
                                "su cobertura de cola según el contrato que está revisando?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "Usted tiene cobertura por reclamación y deja su empleo. Un "
                                    "año después, un paciente que atendió allí presenta un "
                                    "reclamo. ¿Qué le protege?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "La cobertura de cola, o la cobertura de actos previos "
                                            "en la póliza de su nuevo empleador"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Una de ellas cubre el vacío que deja una "
                                            "póliza por reclamación."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "No se necesita nada más, porque las pólizas por "
                                            "reclamación le siguen para siempre"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. La cobertura por reclamación exige una "
                                            "póliza vigente cuando se presenta el reclamo."
                                        ),
                                    },
                                    {
                                        "text": "Su seguro de salud",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. El seguro de salud no cubre reclamos por "
                                            "mala práctica."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "¿Cuáles afirmaciones son verdaderas? Seleccione todas las que "
                                    "correspondan."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "La cobertura por ocurrencia le protege por hechos "
                                            "ocurridos durante la vigencia de la póliza, aunque el "
                                            "reclamo se presente después."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Esa es la característica que define la "
                                            "cobertura por ocurrencia."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Quién paga la cobertura de cola debe quedar definido "
                                            "por escrito antes de firmar."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Dejarlo abierto puede llevar a una factura "
                                            "alta e inesperada."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "La cobertura de cola siempre es barata, así que casi "
                                            "nunca importa."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Puede costar más que la prima de un año "
                                            "completo."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
            },
        ],
    },
    {
        "key": "negotiating-your-first-offer",
        "topic": "business-of-doctoring",
        "format": "guided",
        "stages": ["resident", "early_career"],
        "specialties": [],
        "certificate": True,
        "members_only": False,
        "prerequisites": ["reading-a-physician-employment-contract"],
        "facilitators": ["renee-baptiste"],
        "en": {
            "title": "Negotiating your first offer",
            "summary": (
                "Prepare, ask clearly and close well: a practical approach to negotiating your "
                "first job offer."
            ),
            "introduction": (
                "Many clinicians, especially those who are the first in their families to enter "
                "health care, were never taught to negotiate. Yet respectful negotiation is a "
                "normal part of hiring, and employers expect it. This guided course builds on "
                "“Reading a physician employment contract” and helps you prepare, make clear "
                "requests and close the agreement with a good working relationship. It is "
                "education, not legal advice; have a health care contract attorney review your "
                "final agreement."
            ),
            "objectives": [
                "Research fair compensation using reliable data and your own priorities.",
                "Plan your requests, including terms other than salary, before the conversation.",
                "Make requests clearly and respond to pushback calmly.",
                "Close the negotiation with every agreed term in writing.",
            ],
        },
        "es": {
            "title": "Cómo negociar su primera oferta de trabajo",
            "summary": (
                "Prepárese, pida con claridad y cierre bien: un enfoque práctico para negociar su "
                "primera oferta de trabajo."
            ),
            "introduction": (
                "A muchos profesionales clínicos, sobre todo a quienes son la primera generación "
                "de su familia en el sector salud, nunca les enseñaron a negociar. Sin embargo, "
                "negociar con respeto es una parte normal de la contratación, y los empleadores lo "
                "esperan. Este curso guiado parte de “Cómo leer un contrato de trabajo médico” y "
                "le ayuda a prepararse, hacer pedidos claros y cerrar el acuerdo con una buena "
                "relación de trabajo. Es educación, no asesoría legal; haga revisar su acuerdo "
                "final por un abogado especializado en contratos del sector salud."
            ),
            "objectives": [
                "Investigar una remuneración justa con datos confiables y sus propias prioridades.",
                (
                    "Planificar sus pedidos, incluidas condiciones distintas del sueldo, antes de "
                    "la conversación."
                ),
                "Hacer pedidos con claridad y responder con calma a las objeciones.",
                "Cerrar la negociación con todas las condiciones acordadas por escrito.",
            ],
        },
        "modules": [
            {
                "key": "prepare",
                "minutes": 7,
                "en": {
                    "title": "Prepare: know your worth and your priorities",
                    "summary": (
                        "Gather market data, rank what matters to you and know your alternatives."
                    ),
                    "lesson": [
                        ("heading", "Preparation is most of the work"),
                        (
                            "paragraph",
                            (
                                "<p>Good negotiation starts before you talk to anyone. Three kinds "
                                "of preparation matter most.</p><ol><li><b>Market data.</b> "
                                "Compensation surveys from organizations such as the Medical Group "
                                "Management Association (MGMA) and the Association of American "
                                "Medical Colleges (AAMC), specialty society reports and trusted "
                                "colleagues can show typical ranges for your specialty, region and "
                                "practice type. Compare like with like: academic and private "
                                "practice pay differ, and so do regions.</li><li><b>Your "
                                "priorities.</b> Rank what matters: pay, schedule, call, location, "
                                "protected time for teaching or research, parental leave, loan "
                                "repayment help, start date. Decide where you will hold firm and "
                                "where you can be flexible.</li><li><b>Your alternatives.</b> Know "
                                "what you will do if this offer does not work out, such as "
                                "pursuing another offer or staying in your current role. A "
                                "realistic alternative helps you negotiate calmly.</li></ol>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Why some salaries have a ceiling",
                                "text": (
                                    "U.S. health care employers generally must pay clinicians "
                                    "within fair market value because of federal fraud and abuse "
                                    "laws, so some cannot go above certain benchmarks. When salary "
                                    "is capped, other terms, such as the schedule, start date or "
                                    "CME funds, may still be open."
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Understand the whole package</h3><p>Put every offer into a "
                                "simple table: base pay, bonus potential, benefits, retirement "
                                "match, call, paid time off, CME funds, malpractice and tail "
                                "coverage, and restrictive covenants. A lower salary with better "
                                "benefits, a fair schedule and employer-paid tail coverage can be "
                                "worth more than a higher salary without them.</p>"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                "Use credible market data and compare like with like.",
                                "Rank your priorities before you talk.",
                                "Know your alternatives so you can negotiate calmly.",
                                "Compare whole packages, not just salary.",
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "What are your top three priorities in your first job, and which "
                                "one would you be willing to trade?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "Which are part of good preparation, according to the lesson? "
                                    "Select all that apply."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "Reviewing compensation data for your specialty, "
                                            "region and practice type"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Market data anchors your requests in facts."
                                        ),
                                    },
                                    {
                                        "text": "Ranking your priorities",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Knowing what matters most tells you where to "
                                            "hold firm."
                                        ),
                                    },
                                    {
                                        "text": "Knowing your alternatives",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. A realistic alternative helps you negotiate "
                                            "calmly."
                                        ),
                                    },
                                    {
                                        "text": "Accepting the first offer so you seem agreeable",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Respectful negotiation is a normal and "
                                            "expected part of hiring."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "An employer says it cannot raise the base salary above a fair "
                                    "market value benchmark. What is a sensible response?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Ask whether other terms, such as the schedule, start "
                                            "date or CME funds, can be adjusted"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. When salary is capped, other parts of the "
                                            "package may still be open."
                                        ),
                                    },
                                    {
                                        "text": "End the conversation immediately",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Other terms may still be negotiable."
                                        ),
                                    },
                                    {
                                        "text": "Insist that the employer ignore the benchmark",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Fair market value limits come from federal "
                                            "law, so pushing past them is not productive."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                "es": {
                    "title": "Prepárese: conozca su valor y sus prioridades",
                    "summary": (
                        "Reúna datos del mercado, ordene lo que le importa y conozca sus "
                        "alternativas."
                    ),
                    "lesson": [
                        ("heading", "La preparación es la mayor parte del trabajo"),
                        (
                            "paragraph",
                            (
                                "<p>Una buena negociación empieza antes de hablar con nadie. Hay "
                                "tres tipos de preparación que importan más.</p><ol><li><b>Datos "
                                "del mercado.</b> Las encuestas de remuneración de organizaciones "
                                "como la Medical Group Management Association (MGMA) y la "
                                "Association of American Medical Colleges (AAMC), los informes de "
                                "sociedades de especialidad y colegas de confianza pueden mostrar "
                                "los rangos habituales para su especialidad, región y tipo de "
                                "práctica. Compare situaciones equivalentes: la remuneración en el "
                                "ámbito académico y en la práctica privada es distinta, y también "
                                "varía por región.</li><li><b>Sus prioridades.</b> Ordene lo que "
                                "le importa: remuneración, horario, guardias, ubicación, tiempo "
                                "protegido para docencia o investigación, licencia parental, ayuda "
                                "para pagar préstamos, fecha de inicio. Decida en qué se mantendrá "
                                "firme y en qué puede ser flexible.</li><li><b>Sus "
                                "alternativas.</b> Sepa qué hará si esta oferta no prospera, como "
                                "seguir con otra oferta o permanecer en su puesto actual. Tener "
                                "una alternativa realista le ayuda a negociar con calma.</li></ol>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Por qué algunos sueldos tienen un tope",
                                "text": (
                                    "Por lo general, los empleadores del sector salud en EE. UU. "
                                    "deben pagar a los profesionales clínicos dentro del valor "
                                    "justo de mercado debido a las leyes federales contra el "
                                    "fraude y el abuso, por lo que algunos no pueden superar "
                                    "ciertos valores de referencia. Cuando el sueldo tiene un "
                                    "tope, otras condiciones, como el horario, la fecha de inicio "
                                    "o los fondos para CME, pueden seguir abiertas."
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Entienda el paquete completo</h3><p>Ponga cada oferta en una "
                                "tabla sencilla: sueldo base, bonos posibles, beneficios, aporte "
                                "del empleador a la jubilación, guardias, tiempo libre pagado, "
                                "fondos para CME, seguro de responsabilidad profesional y "
                                "cobertura de cola, y cláusulas restrictivas. Un sueldo menor con "
                                "mejores beneficios, un horario justo y la cola pagada por el "
                                "empleador puede valer más que un sueldo mayor sin ellos.</p>"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Use datos de mercado confiables y compare situaciones "
                                    "equivalentes."
                                ),
                                "Ordene sus prioridades antes de conversar.",
                                "Conozca sus alternativas para poder negociar con calma.",
                                "Compare paquetes completos, no solo el sueldo.",
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "¿Cuáles son sus tres prioridades principales en su primer empleo "
                                "y cuál podría ceder?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "Según la lección, ¿qué forma parte de una buena preparación? "
                                    "Seleccione todas las opciones que correspondan."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "Revisar datos de remuneración para su especialidad, "
                                            "región y tipo de práctica"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Los datos del mercado dan fundamento a sus "
                                            "pedidos."
                                        ),
                                    },
                                    {
                                        "text": "Ordenar sus prioridades",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Saber qué le importa más le indica en qué "
                                            "mantenerse firme."
                                        ),
                                    },
                                    {
                                        "text": "Conocer sus alternativas",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Una alternativa realista le ayuda a "
                                            "negociar con calma."
                                        ),
                                    },
                                    {
                                        "text": "Aceptar la primera oferta para parecer amable",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Negociar con respeto es una parte normal "
                                            "y esperada de la contratación."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "Un empleador dice que no puede subir el sueldo base por "
                                    "encima de un valor de referencia de mercado justo. ¿Cuál es "
                                    "una respuesta sensata?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Preguntar si se pueden ajustar otras condiciones, "
                                            "como el horario, la fecha de inicio o los fondos para "
                                            "CME"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Cuando el sueldo tiene un tope, otras "
                                            "partes del paquete pueden seguir abiertas."
                                        ),
                                    },
                                    {
                                        "text": "Terminar la conversación de inmediato",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Otras condiciones pueden seguir siendo "
                                            "negociables."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Insistir en que el empleador ignore el valor de "
                                            "referencia"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Los límites de valor justo de mercado "
                                            "vienen de la ley federal, así que presionar para "
                                            "superarlos no es productivo."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
            },
            {
                "key": "make-the-ask",
                "minutes": 7,
                "en": {
                    "title": "Make the ask",
                    "summary": "Frame requests clearly and respectfully, and handle pushback.",
                    "lesson": [
                        ("heading", "Clear, specific and collaborative"),
                        (
                            "paragraph",
                            (
                                "<p>Effective requests are specific, backed by reasons and framed "
                                "around shared goals. Bundle your main requests together instead "
                                "of raising them one at a time, so the employer sees the full "
                                "picture and can make trade-offs.</p><p>A simple structure works "
                                "well:</p><ol><li>Express genuine interest in the "
                                "role.</li><li>Name your requests and the reasons for "
                                "them.</li><li>Invite problem-solving.</li></ol>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "A sample script",
                                "text": (
                                    "“I'm excited about this position and the team. After "
                                    "reviewing the offer, I have three requests: a base salary of "
                                    "[amount], which reflects the regional data I reviewed for our "
                                    "specialty; employer-paid tail coverage; and a start date two "
                                    "weeks later so I can complete my board exam. Can we talk "
                                    "about what's possible?”"
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Handling pushback</h3><ul><li><b>Pause.</b> Silence is fine. "
                                "You do not have to answer on the spot; “Let me think about that "
                                "and get back to you” is a professional reply.</li><li><b>Ask "
                                "questions.</b> “What flexibility is there?” or “What would make "
                                "this possible?” keeps the conversation open.</li><li><b>Trade, "
                                "don't just concede.</b> If one request is refused, ask about "
                                "another item on your list.</li><li><b>Put it in writing.</b> "
                                "Follow each conversation with a short email summarizing what you "
                                "discussed.</li></ul><p>Bias can shape how negotiators are "
                                "perceived, including women and BIPOC clinicians. Preparation, "
                                "clear data and a collaborative tone help, and so do mentors who "
                                "can rehearse with you.</p>"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                "Bundle specific requests, each with a reason.",
                                "Pausing and asking questions are strengths, not weaknesses.",
                                "If one item is refused, trade for another.",
                                "Summarize conversations in writing.",
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "Which part of asking feels hardest for you, and who could help "
                                "you rehearse it?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "Why does the lesson suggest bundling your main requests?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "So the employer sees the full picture and can make "
                                            "trade-offs"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Seeing everything at once makes trade-offs "
                                            "possible."
                                        ),
                                    },
                                    {
                                        "text": "So you can add new demands after each agreement",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Adding demands one by one tends to erode "
                                            "trust."
                                        ),
                                    },
                                    {
                                        "text": "Because employers only read the first request",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. The reason is to allow trade-offs, not to "
                                            "work around attention."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "Which are good ways to handle pushback? Select all that apply."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "Ask what flexibility there is",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Questions keep the conversation open."
                                        ),
                                    },
                                    {
                                        "text": "Ask for time to think before answering",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. You do not have to answer on the spot."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Accept the first counteroffer immediately to avoid "
                                            "tension"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. You can pause, ask questions and propose "
                                            "trades."
                                        ),
                                    },
                                    {
                                        "text": "Propose a trade on another item on your list",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Trading, rather than simply conceding, keeps "
                                            "value on the table."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                "es": {
                    "title": "Haga su pedido",
                    "summary": (
                        "Plantee sus pedidos con claridad y respeto, y maneje las objeciones."
                    ),
                    "lesson": [
                        ("heading", "Claro, específico y colaborativo"),
                        (
                            "paragraph",
                            (
                                "<p>Los pedidos eficaces son específicos, tienen razones que los "
                                "respaldan y se plantean en torno a metas comunes. Agrupe sus "
                                "pedidos principales en lugar de presentarlos de uno en uno, para "
                                "que el empleador vea el panorama completo y pueda hacer "
                                "concesiones.</p><p>Una estructura sencilla funciona "
                                "bien:</p><ol><li>Exprese un interés genuino en el "
                                "puesto.</li><li>Nombre sus pedidos y las razones que los "
                                "respaldan.</li><li>Invite a buscar soluciones juntos.</li></ol>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Un ejemplo de guion",
                                "text": (
                                    "“Me entusiasma este puesto y el equipo. Después de revisar la "
                                    "oferta, tengo tres pedidos: un sueldo base de [monto], que "
                                    "refleja los datos regionales que revisé para nuestra "
                                    "especialidad; que el empleador pague la cobertura de cola; y "
                                    "una fecha de inicio dos semanas más tarde para poder terminar "
                                    "mi examen de certificación. ¿Podemos conversar sobre lo que "
                                    "es posible?”"
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Cómo manejar las objeciones</h3><ul><li><b>Haga una "
                                "pausa.</b> El silencio está bien. No tiene que responder en el "
                                "momento; “Permítame pensarlo y le respondo” es una respuesta "
                                "profesional.</li><li><b>Haga preguntas.</b> “¿Qué flexibilidad "
                                "hay?” o “¿Qué haría esto posible?” mantienen abierta la "
                                "conversación.</li><li><b>Intercambie, no solo ceda.</b> Si le "
                                "niegan un pedido, pregunte por otro punto de su "
                                "lista.</li><li><b>Déjelo por escrito.</b> Después de cada "
                                "conversación, envíe un correo breve que resuma lo que "
                                "hablaron.</li></ul><p>Los sesgos pueden influir en cómo se "
                                "percibe a quien negocia, incluidas las mujeres y los "
                                "profesionales clínicos BIPOC. La preparación, los datos claros y "
                                "un tono colaborativo ayudan, y también los mentores que pueden "
                                "ensayar con usted.</p>"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                "Agrupe pedidos específicos, cada uno con su razón.",
                                "Hacer pausas y preguntas es una fortaleza, no una debilidad.",
                                "Si le niegan un punto, intercámbielo por otro.",
                                "Resuma las conversaciones por escrito.",
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "¿Qué parte de pedir le resulta más difícil y quién podría "
                                "ayudarle a ensayarla?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "¿Por qué la lección sugiere agrupar sus pedidos principales?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Para que el empleador vea el panorama completo y "
                                            "pueda hacer concesiones"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Ver todo a la vez hace posibles los "
                                            "intercambios."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Para poder agregar nuevas exigencias después de cada "
                                            "acuerdo"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Agregar exigencias una por una suele "
                                            "desgastar la confianza."
                                        ),
                                    },
                                    {
                                        "text": "Porque los empleadores solo leen el primer pedido",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. La razón es permitir intercambios, no "
                                            "compensar la falta de atención."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "¿Cuáles son buenas formas de manejar las objeciones? "
                                    "Seleccione todas las que correspondan."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "Preguntar qué flexibilidad hay",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Las preguntas mantienen abierta la "
                                            "conversación."
                                        ),
                                    },
                                    {
                                        "text": "Pedir tiempo para pensar antes de responder",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. No tiene que responder en el momento."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Aceptar de inmediato la primera contraoferta para "
                                            "evitar tensiones"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Puede hacer una pausa, preguntar y "
                                            "proponer intercambios."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Proponer un intercambio con otro punto de su lista"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Intercambiar, en lugar de solo ceder, "
                                            "conserva valor en la negociación."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
            },
            {
                "key": "close-well",
                "minutes": 5,
                "en": {
                    "title": "Close well and start strong",
                    "summary": (
                        "Confirm the agreement in writing, have it reviewed and protect the "
                        "relationship."
                    ),
                    "lesson": [
                        ("heading", "Get it in writing"),
                        (
                            "paragraph",
                            (
                                "<p>A negotiation is not finished until every agreed term is in "
                                "the signed contract or a signed addendum. Verbal promises, "
                                "recruiter emails and offer letters may not be binding if the "
                                "final contract says it is the entire agreement between you and "
                                "the employer, as many contracts do.</p><p>Before you sign, "
                                "compare the final draft with your notes line by line. Check "
                                "amounts, dates, locations and any exhibits, such as bonus plans. "
                                "If the employer will not put an agreed item in writing, treat it "
                                "as not agreed, and decide calmly whether the offer still works "
                                "for you without it.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Final steps</h3><ol><li>Send the final draft to your health "
                                "care contract attorney and allow time for the review.</li><li>Ask "
                                "any remaining questions in writing.</li><li>Confirm the timelines "
                                "for licensing, credentialing and enrollment with insurers, which "
                                "can take months.</li><li>Keep a signed copy of everything in a "
                                "safe place.</li></ol>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Deadlines and pressure",
                                "text": (
                                    "A reasonable employer will give you time to review an offer. "
                                    "If you are pressed to sign within a day or two without a "
                                    "review, ask for more time. How an employer responds to that "
                                    "request tells you something about the workplace."
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Finally, thank the people you negotiated with. A respectful "
                                "process sets the tone for the working relationship, and the "
                                "administrator across the table today may be an ally when you "
                                "propose a new clinic or program.</p>"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                "Only what is in the signed contract or addendum counts.",
                                "Check the final draft against your notes, line by line.",
                                "Build in time for attorney review and credentialing.",
                                "Close with thanks; the relationship continues after you sign.",
                            ],
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "A recruiter emailed that you would receive a signing bonus, "
                                    "but it is not in the final contract, which says it is the "
                                    "entire agreement. What is the safest step?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Ask for the bonus to be added to the contract or a "
                                            "signed addendum before signing"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Only terms in the signed agreement are "
                                            "reliably binding."
                                        ),
                                    },
                                    {
                                        "text": "Sign, because the email is enough",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. An entire-agreement clause can make the "
                                            "email non-binding."
                                        ),
                                    },
                                    {
                                        "text": "Bring it up after you start work",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Your leverage is greatest before you sign."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": "Which are part of closing well? Select all that apply.",
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "Comparing the final draft with your notes",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Line-by-line checking catches errors and "
                                            "omissions."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Having a health care contract attorney review the "
                                            "final agreement"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. A qualified review protects you before you "
                                            "are bound."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Signing the same day under pressure, without a review"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Ask for reasonable time to review."
                                        ),
                                    },
                                    {
                                        "text": "Confirming licensing and credentialing timelines",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. These can take months and affect your start "
                                            "date."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                "es": {
                    "title": "Cierre bien y empiece con el pie derecho",
                    "summary": (
                        "Confirme el acuerdo por escrito, hágalo revisar y cuide la relación."
                    ),
                    "lesson": [
                        ("heading", "Déjelo por escrito"),
                        (
                            "paragraph",
                            (
                                "<p>Una negociación no termina hasta que cada condición acordada "
                                "figure en el contrato firmado o en un anexo firmado. Las promesas "
                                "verbales, los correos del reclutador y las cartas de oferta "
                                "pueden no ser obligatorios si el contrato final dice que "
                                "constituye el acuerdo completo entre usted y el empleador, como "
                                "dicen muchos contratos.</p><p>Antes de firmar, compare la versión "
                                "final con sus notas línea por línea. Revise montos, fechas, sedes "
                                "y cualquier anexo, como los planes de bonos. Si el empleador no "
                                "acepta poner por escrito algo que se acordó, considérelo no "
                                "acordado y decida con calma si la oferta le sigue conviniendo sin "
                                "ese punto.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Últimos pasos</h3><ol><li>Envíe la versión final a su abogado "
                                "especializado en contratos del sector salud y deje tiempo para la "
                                "revisión.</li><li>Haga por escrito cualquier pregunta "
                                "pendiente.</li><li>Confirme los plazos de licencia, acreditación "
                                "(credentialing) e inscripción con las aseguradoras, que pueden "
                                "tardar meses.</li><li>Guarde una copia firmada de todo en un "
                                "lugar seguro.</li></ol>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Plazos y presión",
                                "text": (
                                    "Un empleador razonable le dará tiempo para revisar una "
                                    "oferta. Si le presionan para firmar en uno o dos días sin una "
                                    "revisión, pida más tiempo. La forma en que el empleador "
                                    "responda a ese pedido le dice algo sobre el lugar de trabajo."
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Por último, agradezca a las personas con quienes negoció. Un "
                                "proceso respetuoso marca el tono de la relación de trabajo, y "
                                "quien hoy está al otro lado de la mesa puede ser un aliado cuando "
                                "usted proponga una nueva clínica o un nuevo programa.</p>"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                "Solo cuenta lo que figura en el contrato o el anexo firmados.",
                                "Compare la versión final con sus notas, línea por línea.",
                                "Prevea tiempo para la revisión legal y la acreditación.",
                                (
                                    "Cierre con un agradecimiento; la relación continúa después de "
                                    "firmar."
                                ),
                            ],
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "Un reclutador le escribió que recibiría un bono de "
                                    "contratación, pero no figura en el contrato final, que dice "
                                    "constituir el acuerdo completo. ¿Cuál es el paso más seguro?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Pedir que el bono se agregue al contrato o a un anexo "
                                            "firmado antes de firmar"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Solo las condiciones del acuerdo firmado "
                                            "son obligatorias con seguridad."
                                        ),
                                    },
                                    {
                                        "text": "Firmar, porque el correo es suficiente",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Una cláusula de acuerdo completo puede "
                                            "hacer que el correo no sea obligatorio."
                                        ),
                                    },
                                    {
                                        "text": "Mencionarlo después de empezar a trabajar",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Su capacidad de negociación es mayor "
                                            "antes de firmar."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "¿Qué forma parte de un buen cierre? Seleccione todas las "
                                    "opciones que correspondan."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "Comparar la versión final con sus notas",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Revisar línea por línea detecta errores y "
                                            "omisiones."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Hacer revisar el acuerdo final por un abogado "
                                            "especializado en contratos del sector salud"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Una revisión calificada le protege antes de "
                                            "asumir obligaciones."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Firmar el mismo día bajo presión, sin una revisión"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Pida un plazo razonable para revisar."
                                        ),
                                    },
                                    {
                                        "text": "Confirmar los plazos de licencia y acreditación",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Pueden tardar meses y afectar su fecha de "
                                            "inicio."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
            },
        ],
    },
    {
        "key": "responding-to-racism-in-clinical-settings",
        "topic": "racial-informed-care",
        "format": "guided",
        "stages": ["student", "resident", "early_career", "mid_late_career"],
        "specialties": [],
        "certificate": True,
        "members_only": True,
        "prerequisites": [],
        "facilitators": ["nia-holloway"],
        "en": {
            "title": (
                "Recognizing and responding to racism and microaggressions in clinical settings"
            ),
            "summary": (
                "Practical ways to name and respond to racism from patients, colleagues and "
                "systems, and to care for yourself afterward."
            ),
            "introduction": (
                "Racism shows up in health care in many forms: a passing remark in a team room, a "
                "patient who refuses care from a Black nurse, a clinical tool that treats race as "
                "biology. This guided course offers shared language and practical responses for "
                "those moments, whether you are the target, a witness or a leader. If an incident "
                "has affected your well-being, you are not alone: consider your employee "
                "assistance program or a mental-health professional."
            ),
            "objectives": [
                "Recognize common forms of microaggressions and their impact.",
                "Respond to bias from patients while keeping care safe.",
                "Use practical bystander strategies to interrupt racism among colleagues.",
                "Question the use of race in clinical tools and decisions.",
                "Identify sources of support and reporting options after an incident.",
            ],
        },
        "es": {
            "title": "Reconocer y responder al racismo y las microagresiones en entornos clínicos",
            "summary": (
                "Formas prácticas de nombrar y responder al racismo de pacientes, colegas y "
                "sistemas, y de cuidarse después."
            ),
            "introduction": (
                "El racismo aparece en la atención de salud de muchas formas: un comentario de "
                "pasada en la sala del equipo, un paciente que rechaza la atención de una "
                "enfermera negra, una herramienta clínica que trata la raza como algo biológico. "
                "Este curso guiado ofrece un lenguaje común y respuestas prácticas para esos "
                "momentos, ya sea que usted sea el blanco, un testigo o quien dirige el equipo. Si "
                "un incidente ha afectado su bienestar, no está solo ni sola: considere su "
                "programa de asistencia al empleado o a un profesional de salud mental."
            ),
            "objectives": [
                "Reconocer las formas comunes de microagresión y su impacto.",
                "Responder a los sesgos de los pacientes manteniendo una atención segura.",
                "Usar estrategias prácticas de testigo para interrumpir el racismo entre colegas.",
                "Cuestionar el uso de la raza en herramientas y decisiones clínicas.",
                "Identificar fuentes de apoyo y opciones para denunciar después de un incidente.",
            ],
        },
        "modules": [
            {
                "key": "naming-microaggressions",
                "minutes": 7,
                "en": {
                    "title": "Naming microaggressions and their impact",
                    "summary": (
                        "Build shared language for everyday slights and understand why they matter."
                    ),
                    "lesson": [
                        ("heading", "What a microaggression is"),
                        (
                            "paragraph",
                            (
                                "<p>Microaggressions are everyday comments or actions, intentional "
                                "or not, that communicate a hostile or demeaning message about a "
                                "person's group. Researchers often describe three "
                                "kinds:</p><ul><li><b>Microassaults:</b> deliberate slurs or "
                                "actions, such as a patient using a racial "
                                "slur.</li><li><b>Microinsults:</b> remarks that demean a person's "
                                "identity, such as expressing surprise that a Black resident is "
                                "“so articulate.”</li><li><b>Microinvalidations:</b> comments that "
                                "dismiss a person's experience, such as “I don't see color” or "
                                "“Are you sure that was about race?”</li></ul>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Why “micro” does not mean minor</h3><p>Each incident may look "
                                "small, but they add up. Clinicians of color describe being "
                                "mistaken for support staff, having their credentials questioned, "
                                "or seeing patients ask a white colleague to confirm their "
                                "instructions. Over time this can contribute to stress, isolation "
                                "and burnout, and it can affect learning, evaluations and career "
                                "decisions. When patients experience microaggressions in care, "
                                "their trust can suffer, and they may delay seeking care in the "
                                "future.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Intent and impact",
                                "text": (
                                    "A person can cause harm without meaning to. Focusing on the "
                                    "impact, rather than debating intent, keeps the conversation "
                                    "on what happened and what should change. If someone tells you "
                                    "that something you said landed badly, listen, thank them, "
                                    "apologize for the impact and focus on doing better, rather "
                                    "than explaining what you meant."
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                "Microaggressions can be deliberate or unintentional.",
                                (
                                    "Common types are microassaults, microinsults and "
                                    "microinvalidations."
                                ),
                                "Their effects add up over time, for clinicians and for patients.",
                                "Focus on impact rather than arguing about intent.",
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "Think of a time you witnessed or experienced a microaggression at "
                                "work or school. What would you have wanted someone to do in that "
                                "moment?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "When you raise a concern about a biased comment, a colleague "
                                    "replies, “I don't see color.” Which type of microaggression "
                                    "does the lesson classify this as?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "Microassault",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Microassaults are deliberate slurs or "
                                            "actions."
                                        ),
                                    },
                                    {
                                        "text": "Microinsult",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Microinsults demean a person's identity; "
                                            "this comment dismisses their experience."
                                        ),
                                    },
                                    {
                                        "text": "Microinvalidation",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. The lesson gives “I don't see color” as an "
                                            "example of a microinvalidation."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "Which statements reflect the lesson? Select all that apply."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "Microaggressions can be unintentional.",
                                        "correct": True,
                                        "explanation": "Correct. Harm can occur without intent.",
                                    },
                                    {
                                        "text": "Their effects can add up over time.",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Repeated incidents can contribute to stress "
                                            "and burnout."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Because they are “micro,” they have little effect."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. The lesson explains that “micro” does not "
                                            "mean minor."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Focusing on impact helps more than debating intent."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. It keeps the conversation on what happened "
                                            "and what should change."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                "es": {
                    "title": "Nombrar las microagresiones y su impacto",
                    "summary": (
                        "Construya un lenguaje común para los desaires cotidianos y entienda por "
                        "qué importan."
                    ),
                    "lesson": [
                        ("heading", "Qué es una microagresión"),
                        (
                            "paragraph",
                            (
                                "<p>Las microagresiones son comentarios o acciones cotidianas, "
                                "intencionales o no, que transmiten un mensaje hostil o despectivo "
                                "sobre el grupo al que pertenece una persona. Los investigadores "
                                "suelen describir tres tipos:</p><ul><li><b>Microataques:</b> "
                                "insultos o acciones deliberadas, como un paciente que usa un "
                                "insulto racial.</li><li><b>Microinsultos:</b> comentarios que "
                                "menosprecian la identidad de una persona, como mostrar sorpresa "
                                "porque un residente negro “se expresa tan "
                                "bien”.</li><li><b>Microinvalidaciones:</b> comentarios que "
                                "descartan la experiencia de una persona, como “yo no veo colores” "
                                "o “¿seguro que eso tuvo que ver con la raza?”</li></ul>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Por qué “micro” no significa menor</h3><p>Cada incidente "
                                "puede parecer pequeño, pero se van sumando. Profesionales "
                                "clínicos de color cuentan que los confunden con personal de "
                                "apoyo, que cuestionan sus credenciales o que ven a pacientes "
                                "pedirle a un colega blanco que confirme sus indicaciones. Con el "
                                "tiempo, esto puede contribuir al estrés, al aislamiento y al "
                                "agotamiento, y puede afectar el aprendizaje, las evaluaciones y "
                                "las decisiones de carrera. Cuando los pacientes sufren "
                                "microagresiones en la atención, su confianza puede resentirse y "
                                "quizá tarden más en buscar atención en el futuro.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Intención e impacto",
                                "text": (
                                    "Una persona puede causar daño sin proponérselo. Centrarse en "
                                    "el impacto, en lugar de debatir la intención, mantiene la "
                                    "conversación en lo que pasó y en lo que debe cambiar. Si "
                                    "alguien le dice que un comentario suyo cayó mal, escuche, "
                                    "agradezca, discúlpese por el impacto y concéntrese en hacerlo "
                                    "mejor, en lugar de explicar lo que quiso decir."
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                "Las microagresiones pueden ser deliberadas o no intencionales.",
                                (
                                    "Los tipos comunes son los microataques, los microinsultos y "
                                    "las microinvalidaciones."
                                ),
                                (
                                    "Sus efectos se acumulan con el tiempo, para los profesionales "
                                    "y para los pacientes."
                                ),
                                "Céntrese en el impacto en lugar de discutir la intención.",
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "Piense en una ocasión en que presenció o vivió una microagresión "
                                "en el trabajo o en sus estudios. ¿Qué le habría gustado que "
                                "alguien hiciera en ese momento?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "Cuando usted plantea una inquietud por un comentario sesgado, "
                                    "un colega responde: “Yo no veo colores”. ¿Cómo clasifica la "
                                    "lección este tipo de microagresión?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "Microataque",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Los microataques son insultos o acciones "
                                            "deliberadas."
                                        ),
                                    },
                                    {
                                        "text": "Microinsulto",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Los microinsultos menosprecian la "
                                            "identidad; este comentario descarta la experiencia de "
                                            "la persona."
                                        ),
                                    },
                                    {
                                        "text": "Microinvalidación",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. La lección da “yo no veo colores” como "
                                            "ejemplo de microinvalidación."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "¿Qué afirmaciones reflejan la lección? Seleccione todas las "
                                    "que correspondan."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "Las microagresiones pueden ser no intencionales.",
                                        "correct": True,
                                        "explanation": "Correcto. Puede haber daño sin intención.",
                                    },
                                    {
                                        "text": "Sus efectos pueden acumularse con el tiempo.",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Los incidentes repetidos pueden contribuir "
                                            "al estrés y al agotamiento."
                                        ),
                                    },
                                    {
                                        "text": "Como son “micro”, tienen poco efecto.",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. La lección explica que “micro” no "
                                            "significa menor."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Centrarse en el impacto ayuda más que debatir la "
                                            "intención."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Mantiene la conversación en lo que pasó y "
                                            "en lo que debe cambiar."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
            },
            {
                "key": "when-patients-show-bias",
                "minutes": 8,
                "en": {
                    "title": "When patients show bias",
                    "summary": (
                        "Respond to patient bias in ways that keep care safe and support the "
                        "clinician."
                    ),
                    "lesson": [
                        ("heading", "Balancing care and respect"),
                        (
                            "paragraph",
                            (
                                "<p>Sometimes a patient or family member makes a racist remark or "
                                "asks for a different clinician because of race or ethnicity. "
                                "These moments test two commitments at once: caring for every "
                                "patient, and protecting the dignity and safety of the care team. "
                                "Many health systems have policies for these situations; learn "
                                "yours before you need it.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>A stepwise approach</h3><ol><li><b>Assess medical "
                                "urgency.</b> If the patient is unstable, safe care comes first. "
                                "Emergencies do not wait for a reassignment.</li><li><b>Consider "
                                "capacity.</b> Delirium, dementia, intoxication or psychiatric "
                                "illness can shape behavior. This does not make the remark "
                                "acceptable, but it can change the response.</li><li><b>Set a "
                                "clear boundary.</b> For example: “Everyone on this team is "
                                "qualified, and we treat each other and our patients with respect. "
                                "We are here to help you get the best care.”</li><li><b>Decide on "
                                "reassignment thoughtfully.</b> When the patient is stable and has "
                                "capacity, leaders may consider a request, but the affected "
                                "clinician should have a say. No one should be reassigned in "
                                "silence.</li><li><b>Debrief and document.</b> Check in with the "
                                "targeted clinician, record the behavior objectively, and report "
                                "it through your institution's system.</li></ol>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Supervisors: speak first",
                                "text": (
                                    "If you lead the team, respond promptly, and in front of the "
                                    "patient when it is safe to do so. Learners and junior staff "
                                    "should not have to defend themselves alone. Afterward, ask "
                                    "the affected person what support they want."
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                "Safe care comes first when a patient is unstable.",
                                "Consider capacity, but still set a clear boundary.",
                                "The affected clinician should have a say in any reassignment.",
                                "Debrief, document objectively and report.",
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "What does your institution's policy say about patient requests "
                                "based on race, and whom would you contact after such an incident?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "An unstable patient in the emergency department makes a "
                                    "racist remark and demands a different physician. What comes "
                                    "first?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "Providing safe, timely care",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. When a patient is unstable, safe care comes "
                                            "first."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Finding a replacement physician before any treatment"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Emergencies do not wait for a reassignment."
                                        ),
                                    },
                                    {
                                        "text": "Asking the patient to leave",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. An unstable patient needs care; the "
                                            "behavior is addressed in other ways."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "Which steps are part of the lesson's approach? Select all "
                                    "that apply."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "Setting a clear boundary with the patient",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. A calm, clear boundary affirms the team's "
                                            "qualifications and respect."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Giving the affected clinician a say in any "
                                            "reassignment"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. No one should be reassigned in silence."
                                        ),
                                    },
                                    {
                                        "text": "Debriefing and documenting the incident",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Checking in, documenting and reporting are "
                                            "part of the response."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Quietly reassigning the clinician without discussion"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. The affected clinician should have a say."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "What is a supervisor's role when a learner is the target of a "
                                    "patient's racist remark?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Respond promptly when it is safe, then ask the "
                                            "learner what support they want"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Learners should not have to defend "
                                            "themselves alone."
                                        ),
                                    },
                                    {
                                        "text": "Wait to see whether the learner handles it",
                                        "correct": False,
                                        "explanation": "Incorrect. Supervisors should speak first.",
                                    },
                                    {
                                        "text": "Tell the learner to ignore it",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Ignoring it leaves the learner unsupported."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                "es": {
                    "title": "Cuando los pacientes muestran sesgos",
                    "summary": (
                        "Responda a los sesgos de los pacientes de forma que la atención sea "
                        "segura y se apoye al profesional."
                    ),
                    "lesson": [
                        ("heading", "Equilibrar la atención y el respeto"),
                        (
                            "paragraph",
                            (
                                "<p>A veces un paciente o un familiar hace un comentario racista o "
                                "pide otro profesional por motivos de raza u origen étnico. Estos "
                                "momentos ponen a prueba dos compromisos a la vez: atender a todos "
                                "los pacientes y proteger la dignidad y la seguridad del equipo de "
                                "atención. Muchos sistemas de salud tienen políticas para estas "
                                "situaciones; conozca la de su institución antes de "
                                "necesitarla.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Un enfoque por pasos</h3><ol><li><b>Evalúe la urgencia "
                                "médica.</b> Si el paciente está inestable, lo primero es una "
                                "atención segura. Las emergencias no esperan una "
                                "reasignación.</li><li><b>Considere la capacidad.</b> El delirium, "
                                "la demencia, la intoxicación o una enfermedad psiquiátrica pueden "
                                "influir en la conducta. Eso no hace aceptable el comentario, pero "
                                "puede cambiar la respuesta.</li><li><b>Marque un límite "
                                "claro.</b> Por ejemplo: “Todas las personas de este equipo están "
                                "calificadas, y nos tratamos con respeto entre nosotros y con "
                                "nuestros pacientes. Estamos aquí para ayudarle a recibir la mejor "
                                "atención”.</li><li><b>Decida la reasignación con criterio.</b> "
                                "Cuando el paciente está estable y tiene capacidad, los "
                                "responsables pueden considerar el pedido, pero el profesional "
                                "afectado debe tener voz. Nadie debería ser reasignado en "
                                "silencio.</li><li><b>Converse y documente.</b> Hable con el "
                                "profesional afectado, registre la conducta de manera objetiva e "
                                "informe lo ocurrido mediante el sistema de su "
                                "institución.</li></ol>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Supervisores: hablen primero",
                                "text": (
                                    "Si usted dirige el equipo, responda sin demora, y frente al "
                                    "paciente cuando sea seguro hacerlo. Los estudiantes y el "
                                    "personal con menos experiencia no deberían tener que "
                                    "defenderse solos. Después, pregunte a la persona afectada qué "
                                    "apoyo desea."
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Cuando un paciente está inestable, lo primero es una atención "
                                    "segura."
                                ),
                                "Considere la capacidad, pero marque igualmente un límite claro.",
                                "El profesional afectado debe tener voz en cualquier reasignación.",
                                (
                                    "Converse con los involucrados, documente de manera objetiva e "
                                    "informe."
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "¿Qué dice la política de su institución sobre los pedidos de "
                                "pacientes basados en la raza y a quién contactaría después de un "
                                "incidente así?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "Un paciente inestable en el servicio de urgencias hace un "
                                    "comentario racista y exige otro médico. ¿Qué va primero?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "Brindar una atención segura y oportuna",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Cuando un paciente está inestable, lo "
                                            "primero es una atención segura."
                                        ),
                                    },
                                    {
                                        "text": "Buscar otro médico antes de cualquier tratamiento",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Las emergencias no esperan una "
                                            "reasignación."
                                        ),
                                    },
                                    {
                                        "text": "Pedirle al paciente que se retire",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Un paciente inestable necesita atención; "
                                            "la conducta se aborda de otras formas."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "¿Qué pasos forman parte del enfoque de la lección? Seleccione "
                                    "todos los que correspondan."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "Marcar un límite claro con el paciente",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Un límite claro y sereno afirma la "
                                            "calificación del equipo y el respeto."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Darle voz al profesional afectado en cualquier "
                                            "reasignación"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Nadie debería ser reasignado en silencio."
                                        ),
                                    },
                                    {
                                        "text": "Conversar sobre el incidente y documentarlo",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Hablar con la persona afectada, documentar "
                                            "e informar son parte de la respuesta."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Reasignar al profesional en silencio, sin conversarlo"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. El profesional afectado debe tener voz."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "¿Cuál es el papel de un supervisor cuando un estudiante es "
                                    "blanco de un comentario racista de un paciente?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Responder sin demora cuando sea seguro y luego "
                                            "preguntar al estudiante qué apoyo desea"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Los estudiantes no deberían tener que "
                                            "defenderse solos."
                                        ),
                                    },
                                    {
                                        "text": "Esperar a ver si el estudiante lo resuelve",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Los supervisores deben hablar primero."
                                        ),
                                    },
                                    {
                                        "text": "Decirle al estudiante que lo ignore",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Ignorarlo deja al estudiante sin apoyo."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
            },
            {
                "key": "speaking-up-with-colleagues",
                "minutes": 7,
                "en": {
                    "title": "Speaking up as a colleague and bystander",
                    "summary": (
                        "Use simple strategies to interrupt racism among staff and to find support "
                        "afterward."
                    ),
                    "lesson": [
                        ("heading", "You do not need a perfect response"),
                        (
                            "paragraph",
                            (
                                "<p>Many people stay silent because they fear saying the wrong "
                                "thing. A short, imperfect response is usually better than none. "
                                "Bystander training programs often teach options that fit "
                                "different situations and levels of "
                                "risk:</p><ul><li><b>Direct:</b> name it calmly. “That comment "
                                "isn't okay here.”</li><li><b>Distract:</b> interrupt the moment, "
                                "for example by changing the subject or calling the person "
                                "away.</li><li><b>Delegate:</b> bring in someone with more "
                                "authority, such as an attending, charge nurse or program "
                                "director.</li><li><b>Delay:</b> check in with the person affected "
                                "afterward. “I heard what was said. How are you "
                                "doing?”</li><li><b>Document:</b> write down what happened, when "
                                "and who was present, and share it if the affected person wants "
                                "you to.</li></ul>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Curiosity can open a door</h3><p>Sometimes a question works "
                                "better than a statement: “What did you mean by that?” or “How do "
                                "you think that landed?” Questions give the speaker a chance to "
                                "reflect and can be safer when you have less power in the room. If "
                                "your comment is met with defensiveness, you can still follow up "
                                "privately or through a supervisor.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Reporting and support</h3><p>Know your options: your "
                                "supervisor or program director, an office of diversity or equity, "
                                "human resources, an ombuds office, or the graduate medical "
                                "education office for residents and fellows. If it matters to you, "
                                "ask about confidentiality and protection from retaliation before "
                                "you report. For your own well-being, an employee assistance "
                                "program, a trusted mentor, peer support groups or a mental-health "
                                "professional can help.</p>"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                "A short, imperfect response is better than silence.",
                                "Choose among direct, distract, delegate, delay and document.",
                                "Questions can prompt reflection and may be safer.",
                                "Know your reporting options and sources of support.",
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "Which of the five strategies feels most natural to you, and which "
                                "would you like to practice?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "You have little authority on the team and witness a racist "
                                    "joke about a patient. Which strategy brings in someone with "
                                    "more authority?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "Delegate",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Delegating brings in an attending, charge "
                                            "nurse or program director."
                                        ),
                                    },
                                    {
                                        "text": "Distract",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Distracting interrupts the moment without "
                                            "involving someone else."
                                        ),
                                    },
                                    {
                                        "text": "Delay",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Delaying means checking in with the "
                                            "affected person afterward."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "Which sources of reporting or support are mentioned in the "
                                    "lesson? Select all that apply."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "An ombuds office",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. An ombuds office is one of the options "
                                            "listed."
                                        ),
                                    },
                                    {
                                        "text": "An employee assistance program",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. It can support your own well-being."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Posting about the incident on social media with names"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. The lesson does not suggest this, and it "
                                            "can create privacy and safety problems."
                                        ),
                                    },
                                    {
                                        "text": "Your program director",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Supervisors and program directors are listed "
                                            "as options."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                "es": {
                    "title": "Alzar la voz como colega y testigo",
                    "summary": (
                        "Use estrategias sencillas para interrumpir el racismo entre el personal y "
                        "buscar apoyo después."
                    ),
                    "lesson": [
                        ("heading", "No necesita una respuesta perfecta"),
                        (
                            "paragraph",
                            (
                                "<p>Muchas personas guardan silencio por miedo a decir algo "
                                "equivocado. Una respuesta breve e imperfecta suele ser mejor que "
                                "ninguna. Los programas de formación para testigos suelen enseñar "
                                "opciones que se adaptan a distintas situaciones y niveles de "
                                "riesgo:</p><ul><li><b>Directo:</b> nómbrelo con calma. “Ese "
                                "comentario no está bien aquí”.</li><li><b>Distraer:</b> "
                                "interrumpa el momento, por ejemplo cambiando de tema o llamando a "
                                "la persona para otra cosa.</li><li><b>Delegar:</b> involucre a "
                                "alguien con más autoridad, como el médico de planta, la enfermera "
                                "jefe o el director del programa.</li><li><b>Demorar:</b> hable "
                                "después con la persona afectada. “Escuché lo que dijeron. ¿Cómo "
                                "está?”</li><li><b>Documentar:</b> anote qué pasó, cuándo y "
                                "quiénes estaban presentes, y compártalo si la persona afectada "
                                "así lo desea.</li></ul>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>La curiosidad puede abrir una puerta</h3><p>A veces una "
                                "pregunta funciona mejor que una afirmación: “¿Qué quiso decir con "
                                "eso?” o “¿Cómo cree que se recibió eso?”. Las preguntas le dan a "
                                "quien habló la oportunidad de reflexionar y pueden ser más "
                                "seguras cuando usted tiene menos poder en la sala. Si su "
                                "comentario provoca una reacción defensiva, puede hacer "
                                "seguimiento en privado o por medio de un supervisor.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Denuncia y apoyo</h3><p>Conozca sus opciones: su supervisor o "
                                "director del programa, una oficina de diversidad o equidad, "
                                "recursos humanos, una oficina de mediación (ombuds) o la oficina "
                                "de educación médica de posgrado para residentes y fellows. Si le "
                                "importa, pregunte por la confidencialidad y la protección contra "
                                "represalias antes de denunciar. Para su propio bienestar, pueden "
                                "ayudarle un programa de asistencia al empleado, un mentor de "
                                "confianza, grupos de apoyo entre pares o un profesional de salud "
                                "mental.</p>"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                "Una respuesta breve e imperfecta es mejor que el silencio.",
                                "Elija entre directo, distraer, delegar, demorar y documentar.",
                                (
                                    "Las preguntas pueden invitar a la reflexión y pueden ser más "
                                    "seguras."
                                ),
                                "Conozca sus opciones para denunciar y sus fuentes de apoyo.",
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "¿Cuál de las cinco estrategias le resulta más natural y cuál le "
                                "gustaría practicar?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "Usted tiene poca autoridad en el equipo y presencia un chiste "
                                    "racista sobre un paciente. ¿Qué estrategia consiste en "
                                    "involucrar a alguien con más autoridad?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "Delegar",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Delegar es involucrar al médico de planta, "
                                            "a la enfermera jefe o al director del programa."
                                        ),
                                    },
                                    {
                                        "text": "Distraer",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Distraer interrumpe el momento sin "
                                            "involucrar a otra persona."
                                        ),
                                    },
                                    {
                                        "text": "Demorar",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Demorar significa hablar después con la "
                                            "persona afectada."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "¿Qué opciones para denunciar o buscar apoyo menciona la "
                                    "lección? Seleccione todas las que correspondan."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "Una oficina de mediación (ombuds)",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. La oficina de mediación es una de las "
                                            "opciones mencionadas."
                                        ),
                                    },
                                    {
                                        "text": "Un programa de asistencia al empleado",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Puede apoyar su propio bienestar."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Publicar el incidente en redes sociales con nombres"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. La lección no lo sugiere y puede crear "
                                            "problemas de privacidad y seguridad."
                                        ),
                                    },
                                    {
                                        "text": "El director de su programa",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Los supervisores y los directores de "
                                            "programa figuran entre las opciones."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
            },
            {
                "key": "race-in-clinical-tools",
                "minutes": 8,
                "en": {
                    "title": "Race in clinical tools and decisions",
                    "summary": (
                        "Question when and how race is used in algorithms, equations and devices."
                    ),
                    "lesson": [
                        ("heading", "Race is a social category, not a biological measure"),
                        (
                            "paragraph",
                            (
                                "<p>Race is a social and political category. It can be linked to "
                                "health outcomes because of racism, unequal access to care and "
                                "living conditions, not because of inherent biological "
                                "differences. Yet for decades some clinical tools adjusted results "
                                "by race, which could delay diagnosis or treatment.</p><p>Some "
                                "tools have been revised:</p><ul><li><b>Kidney function:</b> in "
                                "2021, a joint task force of the National Kidney Foundation and "
                                "the American Society of Nephrology recommended an equation for "
                                "estimating kidney function (eGFR) that does not use race (NKF and "
                                "ASN, 2021).</li><li><b>Transplant waiting lists:</b> the U.S. "
                                "Organ Procurement and Transplantation Network required "
                                "race-neutral eGFR calculations for kidney waitlisting and "
                                "required programs to correct waiting time for Black candidates "
                                "affected by race-based calculations (OPTN, "
                                "2023).</li><li><b>Pulse oximeters:</b> the U.S. Food and Drug "
                                "Administration has warned that these devices may be less accurate "
                                "in people with darker skin pigmentation, and has been reviewing "
                                "how they are tested (FDA, 2021 and 2025).</li></ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Questions to ask about any tool",
                                "text": (
                                    "Does this tool use race or ethnicity? If so, why, and what is "
                                    "race standing in for? Was it tested in people like my "
                                    "patient? What would change if I removed race or measured the "
                                    "underlying factor directly? Is there an updated version?"
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>What you can do</h3><ul><li>Check whether your institution's "
                                "lab reports and calculators use current, race-neutral "
                                "equations.</li><li>Use measured factors, such as social needs or "
                                "specific genetic tests when indicated, rather than race as a "
                                "shortcut.</li><li>When a reading may be less reliable, such as "
                                "pulse oximetry in darker skin, confirm with other assessments if "
                                "it does not fit the clinical picture.</li><li>Raise concerns "
                                "through quality or equity committees; changing a shared tool "
                                "helps every patient who relies on it.</li></ul>"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Race is a social category; it can reflect exposure to racism, "
                                    "not biology."
                                ),
                                (
                                    "Kidney function equations moved away from race in 2021 (NKF "
                                    "and ASN, 2021)."
                                ),
                                "Pulse oximeters may be less accurate on darker skin (FDA, 2021).",
                                (
                                    "Ask what race stands in for, and measure the real factor when "
                                    "possible."
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "Which clinical tool or calculator in your field would you like to "
                                "look at more closely, and what would you ask about it?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": "What did the 2021 NKF and ASN task force recommend?",
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "An equation for estimating kidney function that does "
                                            "not use race"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. The task force recommended a race-free eGFR "
                                            "equation."
                                        ),
                                    },
                                    {
                                        "text": "Adding race to all kidney function equations",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. The recommendation moved away from using "
                                            "race."
                                        ),
                                    },
                                    {
                                        "text": "Stopping kidney function testing",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Testing continues, with a race-free "
                                            "equation."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "Which actions does the lesson suggest? Select all that apply."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "Check whether lab reports and calculators use "
                                            "current, race-neutral equations"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Outdated equations may still be in use."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Confirm with other assessments when a pulse oximetry "
                                            "reading does not fit the clinical picture"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Readings may be less reliable in darker skin."
                                        ),
                                    },
                                    {
                                        "text": "Use race as a shortcut for genetic risk",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. The lesson suggests using measured factors "
                                            "instead of race."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Raise concerns through quality or equity committees"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Changing a shared tool helps every patient "
                                            "who relies on it."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                "es": {
                    "title": "La raza en las herramientas y decisiones clínicas",
                    "summary": (
                        "Cuestione cuándo y cómo se usa la raza en algoritmos, ecuaciones y "
                        "dispositivos."
                    ),
                    "lesson": [
                        ("heading", "La raza es una categoría social, no una medida biológica"),
                        (
                            "paragraph",
                            (
                                "<p>La raza es una categoría social y política. Puede estar "
                                "vinculada a resultados de salud por el racismo, el acceso "
                                "desigual a la atención y las condiciones de vida, no por "
                                "diferencias biológicas inherentes. Aun así, durante décadas "
                                "algunas herramientas clínicas ajustaron sus resultados según la "
                                "raza, lo que podía retrasar el diagnóstico o el "
                                "tratamiento.</p><p>Algunas herramientas se han "
                                "revisado:</p><ul><li><b>Función renal:</b> en 2021, un grupo de "
                                "trabajo conjunto de la National Kidney Foundation y la American "
                                "Society of Nephrology recomendó una ecuación para estimar la "
                                "función renal (TFGe) que no usa la raza (NKF y ASN, "
                                "2021).</li><li><b>Listas de espera para trasplantes:</b> la Red "
                                "de Obtención y Trasplante de Órganos de EE. UU. (OPTN) exigió "
                                "cálculos de TFGe sin raza para la inscripción en la lista de "
                                "espera de riñón y exigió a los programas corregir el tiempo de "
                                "espera de los candidatos negros afectados por cálculos basados en "
                                "la raza (OPTN, 2023).</li><li><b>Oxímetros de pulso:</b> la "
                                "Administración de Alimentos y Medicamentos de EE. UU. (FDA) ha "
                                "advertido que estos dispositivos pueden ser menos precisos en "
                                "personas con piel más oscura, y ha estado revisando cómo se "
                                "evalúan (FDA, 2021 y 2025).</li></ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Preguntas para cualquier herramienta",
                                "text": (
                                    "¿Esta herramienta usa la raza o el origen étnico? Si es así, "
                                    "¿por qué y qué está representando la raza? ¿Se probó en "
                                    "personas como mi paciente? ¿Qué cambiaría si quitara la raza "
                                    "o midiera directamente el factor subyacente? ¿Existe una "
                                    "versión actualizada?"
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Qué puede hacer</h3><ul><li>Verifique si los informes de "
                                "laboratorio y las calculadoras de su institución usan ecuaciones "
                                "actualizadas y sin raza.</li><li>Use factores medidos, como las "
                                "necesidades sociales o pruebas genéticas específicas cuando estén "
                                "indicadas, en lugar de usar la raza como atajo.</li><li>Cuando "
                                "una lectura puede ser menos confiable, como la oximetría de pulso "
                                "en piel más oscura, confírmela con otras evaluaciones si no "
                                "concuerda con el cuadro clínico.</li><li>Plantee sus inquietudes "
                                "en los comités de calidad o de equidad; cambiar una herramienta "
                                "compartida ayuda a todos los pacientes que dependen de "
                                "ella.</li></ul>"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "La raza es una categoría social; puede reflejar la exposición "
                                    "al racismo, no la biología."
                                ),
                                (
                                    "Las ecuaciones de función renal dejaron de usar la raza en "
                                    "2021 (NKF y ASN, 2021)."
                                ),
                                (
                                    "Los oxímetros de pulso pueden ser menos precisos en piel más "
                                    "oscura (FDA, 2021)."
                                ),
                                (
                                    "Pregunte qué representa la raza y mida el factor real cuando "
                                    "sea posible."
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "¿Qué herramienta o calculadora clínica de su campo le gustaría "
                                "examinar con más atención y qué preguntaría sobre ella?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "¿Qué recomendó en 2021 el grupo de trabajo de la NKF y la ASN?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Una ecuación para estimar la función renal que no usa "
                                            "la raza"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. El grupo de trabajo recomendó una ecuación "
                                            "de TFGe sin raza."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Agregar la raza a todas las ecuaciones de función "
                                            "renal"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. La recomendación dejó de lado el uso de "
                                            "la raza."
                                        ),
                                    },
                                    {
                                        "text": "Dejar de medir la función renal",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Las pruebas continúan, con una ecuación "
                                            "sin raza."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "¿Qué acciones sugiere la lección? Seleccione todas las que "
                                    "correspondan."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "Verificar si los informes de laboratorio y las "
                                            "calculadoras usan ecuaciones actualizadas y sin raza"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Es posible que todavía se usen ecuaciones "
                                            "desactualizadas."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Confirmar con otras evaluaciones cuando una lectura "
                                            "de oximetría no concuerda con el cuadro clínico"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Las lecturas pueden ser menos confiables en "
                                            "piel más oscura."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Usar la raza como atajo para estimar el riesgo "
                                            "genético"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. La lección sugiere usar factores medidos "
                                            "en lugar de la raza."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Plantear inquietudes en los comités de calidad o de "
                                            "equidad"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Cambiar una herramienta compartida ayuda a "
                                            "todos los pacientes que dependen de ella."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
            },
        ],
    },
    {
        "key": "career-plan-mentors-and-sponsors",
        "topic": "career-advancement",
        "format": "guided",
        "stages": ["pre_health", "student", "resident", "early_career"],
        "specialties": [],
        "certificate": True,
        "members_only": False,
        "prerequisites": [],
        "facilitators": ["leona-whitehorse"],
        "en": {
            "title": "Building a career plan and finding mentors and sponsors",
            "summary": (
                "Clarify where you want to go, build a team of mentors and sponsors, and make your "
                "work visible."
            ),
            "introduction": (
                "Careers in medicine and the health professions rarely follow a straight line, and "
                "many BIPOC clinicians build theirs without family connections in the field. This "
                "guided course helps you turn your values into a practical plan, build "
                "relationships with mentors and sponsors, and protect your time for the work that "
                "moves you forward. You will finish with a one-page plan and a short list of "
                "people to contact."
            ),
            "objectives": [
                "Write a one-page career plan based on your values and goals.",
                "Explain the difference between mentors, sponsors and coaches.",
                "Make a clear, respectful request for mentorship or sponsorship.",
                "Decide which opportunities to accept and which to decline.",
            ],
        },
        "es": {
            "title": "Cómo armar un plan de carrera y encontrar mentores y patrocinadores",
            "summary": (
                "Defina hacia dónde quiere ir, forme un equipo de mentores y patrocinadores, y "
                "haga visible su trabajo."
            ),
            "introduction": (
                "Las carreras en la medicina y las profesiones de la salud rara vez siguen una "
                "línea recta, y muchos profesionales clínicos BIPOC construyen la suya sin "
                "contactos familiares en el campo. Este curso guiado le ayuda a convertir sus "
                "valores en un plan práctico, a formar relaciones con mentores y patrocinadores, y "
                "a proteger su tiempo para el trabajo que le hace avanzar. Terminará con un plan "
                "de una página y una lista breve de personas a quienes contactar."
            ),
            "objectives": [
                "Escribir un plan de carrera de una página basado en sus valores y metas.",
                "Explicar la diferencia entre mentores, patrocinadores y coaches.",
                "Hacer un pedido claro y respetuoso de mentoría o patrocinio.",
                "Decidir qué oportunidades aceptar y cuáles declinar.",
            ],
        },
        "modules": [
            {
                "key": "values-and-a-one-page-plan",
                "minutes": 7,
                "en": {
                    "title": "Start with your values and a one-page plan",
                    "summary": "Turn what matters to you into goals you can act on this year.",
                    "lesson": [
                        ("heading", "Direction before speed"),
                        (
                            "paragraph",
                            (
                                "<p>A career plan is not a contract with your future self. It is a "
                                "working draft that helps you choose among opportunities. Start "
                                "with what matters to you: the people you want to serve, the "
                                "problems you care about, the kind of work that energizes you and "
                                "the life you want outside work.</p><p>Many academic and "
                                "professional settings use an <b>individual development plan "
                                "(IDP)</b>: a short document that lists your goals, the skills you "
                                "need and the support you will seek. You can write one even if no "
                                "one asks you to.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>A one-page plan</h3><ol><li><b>Mission:</b> one or two "
                                "sentences on the impact you want to "
                                "have.</li><li><b>Three-to-five-year vision:</b> where you hope to "
                                "be, in roles or accomplishments.</li><li><b>This year's "
                                "goals:</b> two or three specific, measurable goals with "
                                "deadlines.</li><li><b>Skills and experiences to build:</b> for "
                                "example, a research method, a leadership role, a language or a "
                                "certification.</li><li><b>People:</b> who can advise you, open "
                                "doors or give you honest feedback.</li></ol>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Make goals specific",
                                "text": (
                                    "“Get involved in research” is hard to act on. “Join one "
                                    "quality-improvement project in my department and present the "
                                    "results at a regional meeting by June” is specific, "
                                    "measurable and time-bound."
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                "A career plan is a working draft, not a fixed contract.",
                                "Start from your values and the impact you want to have.",
                                "An individual development plan lists goals, skills and support.",
                                "Write specific, measurable, time-bound goals for this year.",
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "What is one problem in health or health care that you would be "
                                "proud to have helped solve ten years from now?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": "Which goal is the most specific and time-bound?",
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Join one quality-improvement project and present the "
                                            "results at a regional meeting by June"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. It names a specific action, a measurable "
                                            "result and a deadline."
                                        ),
                                    },
                                    {
                                        "text": "Get involved in research",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. It has no specific action or deadline."
                                        ),
                                    },
                                    {
                                        "text": "Become a leader someday",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. It is neither measurable nor time-bound."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "Which elements belong in the lesson's one-page plan? Select "
                                    "all that apply."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "A short mission statement",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. The mission describes the impact you want to "
                                            "have."
                                        ),
                                    },
                                    {
                                        "text": "This year's goals",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Two or three specific goals with deadlines."
                                        ),
                                    },
                                    {
                                        "text": "People who can advise you or open doors",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Relationships are part of the plan."
                                        ),
                                    },
                                    {
                                        "text": "A list of your colleagues' salaries",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. This is not part of the one-page plan."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                "es": {
                    "title": "Empiece por sus valores y un plan de una página",
                    "summary": (
                        "Convierta lo que le importa en metas que pueda poner en práctica este año."
                    ),
                    "lesson": [
                        ("heading", "Primero la dirección, después la velocidad"),
                        (
                            "paragraph",
                            (
                                "<p>Un plan de carrera no es un contrato con su yo del futuro. Es "
                                "un borrador de trabajo que le ayuda a elegir entre oportunidades. "
                                "Empiece por lo que le importa: las personas a las que quiere "
                                "servir, los problemas que le preocupan, el tipo de trabajo que le "
                                "da energía y la vida que desea fuera del trabajo.</p><p>Muchos "
                                "entornos académicos y profesionales usan un <b>plan de desarrollo "
                                "individual (IDP, por sus siglas en inglés)</b>: un documento "
                                "breve que enumera sus metas, las habilidades que necesita y el "
                                "apoyo que buscará. Puede escribir uno aunque nadie se lo pida.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Un plan de una página</h3><ol><li><b>Misión:</b> una o dos "
                                "oraciones sobre el impacto que quiere lograr.</li><li><b>Visión a "
                                "tres a cinco años:</b> dónde espera estar, en cargos o en "
                                "logros.</li><li><b>Metas de este año:</b> dos o tres metas "
                                "específicas y medibles, con plazos.</li><li><b>Habilidades y "
                                "experiencias por desarrollar:</b> por ejemplo, un método de "
                                "investigación, un cargo de liderazgo, un idioma o una "
                                "certificación.</li><li><b>Personas:</b> quiénes pueden "
                                "aconsejarle, abrirle puertas o darle una opinión "
                                "sincera.</li></ol>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Haga que sus metas sean específicas",
                                "text": (
                                    "“Participar en investigación” es difícil de poner en "
                                    "práctica. “Sumarme a un proyecto de mejora de la calidad en "
                                    "mi departamento y presentar los resultados en un congreso "
                                    "regional antes de junio” es específico, medible y tiene un "
                                    "plazo."
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Un plan de carrera es un borrador de trabajo, no un contrato "
                                    "fijo."
                                ),
                                "Parta de sus valores y del impacto que quiere lograr.",
                                (
                                    "Un plan de desarrollo individual enumera metas, habilidades y "
                                    "apoyos."
                                ),
                                "Escriba metas específicas, medibles y con plazo para este año.",
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "¿Qué problema de la salud o de la atención de salud le "
                                "enorgullecería haber ayudado a resolver dentro de diez años?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": "¿Cuál de estas metas es la más específica y con plazo?",
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Sumarme a un proyecto de mejora de la calidad y "
                                            "presentar los resultados en un congreso regional "
                                            "antes de junio"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Nombra una acción concreta, un resultado "
                                            "medible y un plazo."
                                        ),
                                    },
                                    {
                                        "text": "Participar en investigación",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. No tiene una acción concreta ni un plazo."
                                        ),
                                    },
                                    {
                                        "text": "Llegar a ser líder algún día",
                                        "correct": False,
                                        "explanation": "Incorrecto. No es medible ni tiene plazo.",
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "¿Qué elementos forman parte del plan de una página de la "
                                    "lección? Seleccione todos los que correspondan."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "Una breve declaración de misión",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. La misión describe el impacto que quiere "
                                            "lograr."
                                        ),
                                    },
                                    {
                                        "text": "Las metas de este año",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Dos o tres metas específicas con plazos."
                                        ),
                                    },
                                    {
                                        "text": "Personas que pueden aconsejarle o abrirle puertas",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Las relaciones forman parte del plan."
                                        ),
                                    },
                                    {
                                        "text": "Una lista de los sueldos de sus colegas",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Esto no forma parte del plan de una "
                                            "página."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
            },
            {
                "key": "mentors-sponsors-and-coaches",
                "minutes": 7,
                "en": {
                    "title": "Mentors, sponsors and coaches",
                    "summary": (
                        "Understand the different kinds of support and build a personal board of "
                        "advisers."
                    ),
                    "lesson": [
                        ("heading", "Different people, different roles"),
                        (
                            "paragraph",
                            (
                                "<ul><li><b>Mentors</b> give advice, share experience and help you "
                                "think through decisions. Mentoring can be formal or informal, "
                                "long or short.</li><li><b>Sponsors</b> use their influence on "
                                "your behalf. They recommend you for positions, nominate you for "
                                "awards, invite you to speak and mention your name in rooms you "
                                "are not in.</li><li><b>Coaches</b> help you set goals and find "
                                "your own answers through structured conversations, usually for a "
                                "defined period. Some institutions offer coaching; other coaches "
                                "are paid professionals.</li></ul><p>Mentors talk <i>with</i> you; "
                                "sponsors talk <i>about</i> you. Both matter, but sponsorship is "
                                "often what turns good work into new opportunities, and it has "
                                "historically been less available to clinicians of color and to "
                                "women.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Build a personal board of advisers</h3><p>No single person "
                                "can meet every need. Think of a small board that "
                                "includes:</p><ul><li>someone a few years ahead of you who "
                                "remembers your stage well;</li><li>a senior person with influence "
                                "in your field or institution;</li><li>a peer mentor or "
                                "accountability partner;</li><li>someone who shares your identity "
                                "or background, and someone who does not;</li><li>someone outside "
                                "your specialty or profession who brings a fresh view.</li></ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Look beyond your institution",
                                "text": (
                                    "Professional associations, specialty societies, alumni "
                                    "networks and organizations that support BIPOC clinicians can "
                                    "connect you with mentors and sponsors who are not in your "
                                    "building. Virtual mentoring works well for many people."
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Mentors advise you; sponsors advocate for you; coaches help "
                                    "you find your own answers."
                                ),
                                "Sponsorship often opens doors to new opportunities.",
                                (
                                    "Build a personal board of advisers rather than relying on one "
                                    "person."
                                ),
                                "Look for support beyond your own institution.",
                            ],
                        ),
                        (
                            "reflection",
                            "Who is already on your personal board, and which seat is still empty?",
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "A department chair recommends you for a hospital committee "
                                    "seat during a meeting you did not attend. What role is she "
                                    "playing?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "Sponsor",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Sponsors use their influence for you in "
                                            "rooms you are not in."
                                        ),
                                    },
                                    {
                                        "text": "Coach",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Coaches help you find your own answers "
                                            "through structured conversations."
                                        ),
                                    },
                                    {
                                        "text": "Peer mentor",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. A department chair recommending you is "
                                            "acting as a sponsor, not a peer."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "Which statements reflect the lesson? Select all that apply."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "A personal board of advisers can meet more needs than "
                                            "one mentor."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. No single person can meet every need."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Mentors and sponsors can be found outside your "
                                            "institution."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Associations, societies and networks can "
                                            "connect you with them."
                                        ),
                                    },
                                    {
                                        "text": "Coaches mainly tell you what to do.",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Coaches help you find your own answers."
                                        ),
                                    },
                                    {
                                        "text": "You should have only one mentor at a time.",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. The lesson recommends a board of several "
                                            "people."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                "es": {
                    "title": "Mentores, patrocinadores y coaches",
                    "summary": (
                        "Entienda los distintos tipos de apoyo y forme su propio consejo asesor "
                        "personal."
                    ),
                    "lesson": [
                        ("heading", "Distintas personas, distintos papeles"),
                        (
                            "paragraph",
                            (
                                "<ul><li>Los <b>mentores</b> dan consejos, comparten su "
                                "experiencia y le ayudan a pensar sus decisiones. La mentoría "
                                "puede ser formal o informal, larga o breve.</li><li>Los "
                                "<b>patrocinadores</b> usan su influencia a su favor. Le "
                                "recomiendan para cargos, le postulan a premios, le invitan a dar "
                                "charlas y mencionan su nombre en espacios donde usted no "
                                "está.</li><li>Los <b>coaches</b> le ayudan a fijar metas y a "
                                "encontrar sus propias respuestas mediante conversaciones "
                                "estructuradas, por lo general durante un período definido. "
                                "Algunas instituciones ofrecen coaching; otros coaches son "
                                "profesionales pagados.</li></ul><p>Los mentores hablan <i>con</i> "
                                "usted; los patrocinadores hablan <i>de</i> usted. Ambos importan, "
                                "pero el patrocinio suele ser lo que convierte el buen trabajo en "
                                "nuevas oportunidades, e históricamente ha estado menos al alcance "
                                "de los profesionales clínicos de color y de las mujeres.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Forme un consejo asesor personal</h3><p>Ninguna persona sola "
                                "puede cubrir todas las necesidades. Piense en un pequeño consejo "
                                "que incluya:</p><ul><li>alguien unos años más adelante que "
                                "recuerde bien la etapa en que usted está;</li><li>una persona con "
                                "experiencia e influencia en su campo o su institución;</li><li>un "
                                "mentor entre pares o un compañero que le ayude a cumplir sus "
                                "compromisos;</li><li>alguien que comparta su identidad u origen, "
                                "y alguien que no;</li><li>alguien de fuera de su especialidad o "
                                "profesión que aporte una mirada nueva.</li></ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Mire más allá de su institución",
                                "text": (
                                    "Las asociaciones profesionales, las sociedades de "
                                    "especialidad, las redes de exalumnos y las organizaciones que "
                                    "apoyan a profesionales clínicos BIPOC pueden conectarle con "
                                    "mentores y patrocinadores que no trabajan en su mismo lugar. "
                                    "La mentoría virtual funciona bien para muchas personas."
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Los mentores le aconsejan; los patrocinadores abogan por "
                                    "usted; los coaches le ayudan a encontrar sus propias "
                                    "respuestas."
                                ),
                                "El patrocinio suele abrir puertas a nuevas oportunidades.",
                                (
                                    "Forme un consejo asesor personal en lugar de depender de una "
                                    "sola persona."
                                ),
                                "Busque apoyo más allá de su propia institución.",
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "¿Quiénes ya forman parte de su consejo personal y qué lugar sigue "
                                "vacío?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "Una jefa de departamento le recomienda para un puesto en un "
                                    "comité del hospital durante una reunión a la que usted no "
                                    "asistió. ¿Qué papel está cumpliendo?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "Patrocinadora",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Quien patrocina usa su influencia a su "
                                            "favor en espacios donde usted no está."
                                        ),
                                    },
                                    {
                                        "text": "Coach",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Los coaches le ayudan a encontrar sus "
                                            "propias respuestas mediante conversaciones "
                                            "estructuradas."
                                        ),
                                    },
                                    {
                                        "text": "Mentora entre pares",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Una jefa de departamento que le "
                                            "recomienda actúa como patrocinadora, no como par."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "¿Qué afirmaciones reflejan la lección? Seleccione todas las "
                                    "que correspondan."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "Un consejo asesor personal puede cubrir más "
                                            "necesidades que un solo mentor."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Ninguna persona sola puede cubrir todas las "
                                            "necesidades."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Se pueden encontrar mentores y patrocinadores fuera "
                                            "de su institución."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Las asociaciones, sociedades y redes pueden "
                                            "conectarle con ellos."
                                        ),
                                    },
                                    {
                                        "text": "Los coaches principalmente le dicen qué hacer.",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Los coaches le ayudan a encontrar sus "
                                            "propias respuestas."
                                        ),
                                    },
                                    {
                                        "text": "Debería tener un solo mentor a la vez.",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. La lección recomienda un consejo de "
                                            "varias personas."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
            },
            {
                "key": "asking-and-sustaining",
                "minutes": 7,
                "en": {
                    "title": "Asking for support and keeping relationships strong",
                    "summary": "Make clear requests and be a mentee people want to invest in.",
                    "lesson": [
                        ("heading", "Make the first ask small and clear"),
                        (
                            "paragraph",
                            (
                                "<p>Many people hesitate to contact someone busy. Most experienced "
                                "clinicians remember the people who helped them, and many are glad "
                                "to help, especially when a request is clear and respects their "
                                "time. Instead of asking “Will you be my mentor?” in a first "
                                "message, ask for something specific, such as a 20-minute "
                                "conversation about one question.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "A sample message",
                                "text": (
                                    "“Dear Dr. Rivera, I'm a second-year internal medicine "
                                    "resident interested in community-based cardiology. I read "
                                    "your work on blood pressure programs in faith communities and "
                                    "would value 20 minutes of your advice on choosing a "
                                    "fellowship. I'm happy to work around your schedule. Thank you "
                                    "for considering it.”"
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Be a mentee people want to invest in</h3><ul><li>Come "
                                "prepared with an agenda and specific questions.</li><li>Follow "
                                "through on what you agreed to do.</li><li>Send a brief update "
                                "after you act on advice, even months later.</li><li>Ask sponsors "
                                "directly what would help them advocate for you, such as an "
                                "updated CV or a short summary of your "
                                "accomplishments.</li><li>Offer help in return: share a useful "
                                "article, help with a project or mentor someone earlier in their "
                                "path.</li></ul><p>If a relationship is not working, it is fine to "
                                "let it become less frequent. Thank the person and keep the door "
                                "open.</p>"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                "Start with a small, specific request.",
                                "Prepare, follow through and report back.",
                                "Make it easy for sponsors to advocate for you.",
                                "Give back, including by mentoring others.",
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "Who is one person you could contact this month, and what specific "
                                "question would you ask?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "What does the lesson suggest for a first message to a "
                                    "potential mentor?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Ask for a short conversation about a specific question"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. A small, clear request respects the person's "
                                            "time."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Ask them to be your mentor for the next five years"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. A large first request can feel "
                                            "overwhelming."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Send your full CV with no explanation and ask for "
                                            "their opinion"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. A specific, focused request works better."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "Which behaviors help sustain a mentoring relationship? Select "
                                    "all that apply."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "Coming with an agenda and specific questions",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Preparation makes the most of the time."
                                        ),
                                    },
                                    {
                                        "text": "Sending an update after acting on advice",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Mentors value knowing their advice mattered."
                                        ),
                                    },
                                    {
                                        "text": "Cancelling meetings without notice",
                                        "correct": False,
                                        "explanation": "Incorrect. This erodes trust.",
                                    },
                                    {
                                        "text": "Offering help in return",
                                        "correct": True,
                                        "explanation": "Correct. Good relationships go both ways.",
                                    },
                                ],
                            },
                        ],
                    },
                },
                "es": {
                    "title": "Pedir apoyo y mantener relaciones sólidas",
                    "summary": (
                        "Haga pedidos claros y sea alguien en quien los demás quieran invertir su "
                        "tiempo."
                    ),
                    "lesson": [
                        ("heading", "Que el primer pedido sea pequeño y claro"),
                        (
                            "paragraph",
                            (
                                "<p>Muchas personas dudan en contactar a alguien con mucho "
                                "trabajo. La mayoría de los profesionales con experiencia "
                                "recuerdan a quienes les ayudaron, y muchos se alegran de ayudar, "
                                "sobre todo cuando el pedido es claro y respeta su tiempo. En "
                                "lugar de preguntar “¿Quiere ser mi mentor?” en un primer mensaje, "
                                "pida algo concreto, como una conversación de 20 minutos sobre una "
                                "pregunta.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Un ejemplo de mensaje",
                                "text": (
                                    "“Estimada Dra. Rivera: Soy residente de segundo año de "
                                    "medicina interna y me interesa la cardiología comunitaria. "
                                    "Leí su trabajo sobre programas de presión arterial en "
                                    "comunidades de fe y valoraría mucho 20 minutos de su consejo "
                                    "para elegir una subespecialidad. Me adapto a su agenda. "
                                    "Gracias por considerarlo”."
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Sea alguien en quien los demás quieran "
                                "invertir</h3><ul><li>Llegue con una agenda y preguntas "
                                "concretas.</li><li>Cumpla lo que acordó hacer.</li><li>Envíe una "
                                "breve actualización después de seguir un consejo, aunque sea "
                                "meses después.</li><li>Pregunte directamente a sus patrocinadores "
                                "qué les ayudaría a abogar por usted, como un CV actualizado o un "
                                "breve resumen de sus logros.</li><li>Ofrezca ayuda a cambio: "
                                "comparta un artículo útil, colabore en un proyecto o sea mentor "
                                "de alguien que está empezando su camino.</li></ul><p>Si una "
                                "relación no está funcionando, está bien dejar que los encuentros "
                                "sean menos frecuentes. Agradezca a la persona y deje la puerta "
                                "abierta.</p>"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                "Empiece con un pedido pequeño y concreto.",
                                "Prepárese, cumpla y cuente cómo le fue.",
                                "Facilite a sus patrocinadores la tarea de abogar por usted.",
                                "Devuelva lo recibido, también siendo mentor de otras personas.",
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "¿A qué persona podría contactar este mes y qué pregunta concreta "
                                "le haría?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "¿Qué sugiere la lección para un primer mensaje a un posible "
                                    "mentor?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Pedir una conversación breve sobre una pregunta "
                                            "concreta"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Un pedido pequeño y claro respeta el tiempo "
                                            "de la persona."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Pedirle que sea su mentor durante los próximos cinco "
                                            "años"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Un primer pedido tan grande puede "
                                            "resultar abrumador."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Enviar su CV completo sin explicación y pedir su "
                                            "opinión"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Un pedido concreto y enfocado funciona "
                                            "mejor."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "¿Qué conductas ayudan a mantener una relación de mentoría? "
                                    "Seleccione todas las que correspondan."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "Llegar con una agenda y preguntas concretas",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. La preparación aprovecha mejor el tiempo."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Enviar una actualización después de seguir un consejo"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. A los mentores les importa saber que su "
                                            "consejo sirvió."
                                        ),
                                    },
                                    {
                                        "text": "Cancelar reuniones sin avisar",
                                        "correct": False,
                                        "explanation": "Incorrecto. Esto desgasta la confianza.",
                                    },
                                    {
                                        "text": "Ofrecer ayuda a cambio",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Las buenas relaciones van en ambos sentidos."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
            },
            {
                "key": "visibility-and-saying-no",
                "minutes": 7,
                "en": {
                    "title": "Visibility, saying no and the minority tax",
                    "summary": (
                        "Protect your time for work that advances your goals, and make your "
                        "contributions visible."
                    ),
                    "lesson": [
                        ("heading", "The minority tax"),
                        (
                            "paragraph",
                            (
                                "<p>Clinicians from groups underrepresented in medicine are often "
                                "asked to serve on diversity committees, mentor many students, "
                                "interpret for patients or appear in recruitment materials. This "
                                "work matters, but it is often unpaid and not counted in promotion "
                                "decisions. The extra load is sometimes called the <b>minority "
                                "tax</b>.</p><p>You can choose to do some of this work with "
                                "purpose, ask for it to be recognized, and decline the rest.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Deciding what to accept</h3><p>Before saying yes, ask "
                                "yourself:</p><ol><li>Does this connect to my goals for this "
                                "year?</li><li>Will it be recognized, for example in my "
                                "evaluation, promotion file or pay?</li><li>What will I stop doing "
                                "to make room for it?</li></ol><p>A respectful no can keep doors "
                                "open: “Thank you for thinking of me. I can't take this on this "
                                "year, but I'd be glad to suggest a colleague,” or “I could do "
                                "this if it replaced my role on another committee.”</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Make your work visible</h3><ul><li>Keep a running file of "
                                "accomplishments: talks, teaching, committees, quality projects, "
                                "mentoring and awards.</li><li>Update your CV every few months, "
                                "not only when you need it.</li><li>Share progress with your "
                                "mentors and sponsors so they can speak about your work "
                                "accurately.</li><li>Ask how service and equity work count in your "
                                "institution's promotion criteria.</li></ul>"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Service work matters but is often uncounted; this is the "
                                    "minority tax."
                                ),
                                (
                                    "Check new requests against your goals and ask how they will "
                                    "be recognized."
                                ),
                                "A respectful no can include an alternative.",
                                "Track your accomplishments and share them with sponsors.",
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "Which commitment could you step back from to make room for work "
                                "that moves your plan forward?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "What does the term “minority tax” describe in the lesson?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Extra, often unrecognized service work expected of "
                                            "clinicians from underrepresented groups"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. It refers to an uneven load of service work, "
                                            "not an actual tax."
                                        ),
                                    },
                                    {
                                        "text": "A federal tax on minority-owned practices",
                                        "correct": False,
                                        "explanation": "Incorrect. It is not a real tax.",
                                    },
                                    {
                                        "text": "A fee for joining professional associations",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. The term describes unrecognized service "
                                            "work."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "Which questions does the lesson suggest asking before "
                                    "accepting a new commitment? Select all that apply."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "Does this connect to my goals for this year?",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Alignment with your goals is the first test."
                                        ),
                                    },
                                    {
                                        "text": "Will it be recognized?",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Recognition in evaluations, promotion or pay "
                                            "matters."
                                        ),
                                    },
                                    {
                                        "text": "What will I stop doing to make room for it?",
                                        "correct": True,
                                        "explanation": "Correct. Every yes has a cost in time.",
                                    },
                                    {
                                        "text": "Will saying no disappoint anyone?",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. This is not one of the lesson's questions; "
                                            "a respectful no is acceptable."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                "es": {
                    "title": "Visibilidad, saber decir que no y el impuesto a las minorías",
                    "summary": (
                        "Proteja su tiempo para el trabajo que impulsa sus metas y haga visibles "
                        "sus aportes."
                    ),
                    "lesson": [
                        ("heading", "El impuesto a las minorías"),
                        (
                            "paragraph",
                            (
                                "<p>A los profesionales clínicos de grupos subrepresentados en la "
                                "medicina a menudo se les pide integrar comités de diversidad, ser "
                                "mentores de muchos estudiantes, hacer de intérpretes para "
                                "pacientes o aparecer en materiales de reclutamiento. Este trabajo "
                                "importa, pero con frecuencia no se paga ni se tiene en cuenta en "
                                "las decisiones de promoción. Esa carga adicional a veces se llama "
                                "<b>impuesto a las minorías</b> (minority tax).</p><p>Usted puede "
                                "elegir hacer parte de este trabajo con un propósito, pedir que se "
                                "reconozca y declinar el resto.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Decidir qué aceptar</h3><p>Antes de decir que sí, "
                                "pregúntese:</p><ol><li>¿Se relaciona con mis metas de este "
                                "año?</li><li>¿Será reconocido, por ejemplo en mi evaluación, mi "
                                "expediente de promoción o mi remuneración?</li><li>¿Qué dejaré de "
                                "hacer para darle lugar?</li></ol><p>Un no respetuoso puede "
                                "mantener puertas abiertas: “Gracias por pensar en mí. Este año no "
                                "puedo asumirlo, pero con gusto le sugiero a un colega”, o “Podría "
                                "hacerlo si reemplaza mi participación en otro comité”.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Haga visible su trabajo</h3><ul><li>Lleve un registro "
                                "continuo de sus logros: charlas, docencia, comités, proyectos de "
                                "calidad, mentorías y premios.</li><li>Actualice su CV cada pocos "
                                "meses, no solo cuando lo necesite.</li><li>Comparta sus avances "
                                "con sus mentores y patrocinadores para que puedan hablar de su "
                                "trabajo con precisión.</li><li>Pregunte cómo cuentan el servicio "
                                "y el trabajo en equidad en los criterios de promoción de su "
                                "institución.</li></ul>"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "El trabajo de servicio importa, pero a menudo no se reconoce; "
                                    "eso es el impuesto a las minorías."
                                ),
                                (
                                    "Compare los nuevos pedidos con sus metas y pregunte cómo se "
                                    "reconocerán."
                                ),
                                "Un no respetuoso puede incluir una alternativa.",
                                "Registre sus logros y compártalos con sus patrocinadores.",
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "¿De qué compromiso podría apartarse para dar lugar a un trabajo "
                                "que haga avanzar su plan?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "¿Qué describe el término “impuesto a las minorías” en la "
                                    "lección?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "El trabajo de servicio adicional, a menudo no "
                                            "reconocido, que se espera de profesionales de grupos "
                                            "subrepresentados"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Se refiere a una carga desigual de trabajo "
                                            "de servicio, no a un impuesto real."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Un impuesto federal a las consultas cuyos dueños "
                                            "pertenecen a minorías"
                                        ),
                                        "correct": False,
                                        "explanation": "Incorrecto. No es un impuesto real.",
                                    },
                                    {
                                        "text": (
                                            "Una cuota para afiliarse a asociaciones profesionales"
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. El término describe trabajo de servicio "
                                            "no reconocido."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "¿Qué preguntas sugiere la lección antes de aceptar un nuevo "
                                    "compromiso? Seleccione todas las que correspondan."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "¿Se relaciona con mis metas de este año?",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. La relación con sus metas es la primera "
                                            "prueba."
                                        ),
                                    },
                                    {
                                        "text": "¿Será reconocido?",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. El reconocimiento en evaluaciones, "
                                            "promoción o remuneración importa."
                                        ),
                                    },
                                    {
                                        "text": "¿Qué dejaré de hacer para darle lugar?",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Cada sí tiene un costo en tiempo."
                                        ),
                                    },
                                    {
                                        "text": "¿Decir que no decepcionará a alguien?",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. No es una de las preguntas de la lección; "
                                            "un no respetuoso es aceptable."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
            },
        ],
    },
    {
        "key": "resilience-boundaries-and-burnout",
        "topic": "leadership-and-life-essentials",
        "format": "micro",
        "stages": ["pre_health", "student", "resident", "early_career", "mid_late_career"],
        "specialties": [],
        "certificate": False,
        "members_only": False,
        "prerequisites": [],
        "facilitators": ["samuel-adeyemi", "leona-whitehorse"],
        "en": {
            "title": "Resilience, boundaries and avoiding burnout",
            "summary": (
                "A short, practical course on spotting burnout early, setting boundaries and "
                "knowing where to turn for help."
            ),
            "introduction": (
                "Burnout is common in health care, and it is mainly a response to work conditions, "
                "not a personal weakness. Still, there are things each of us can do, and things we "
                "can ask of our workplaces. In under half an hour, this micro-course covers the "
                "signs of burnout, simple boundary-setting skills and where to find support. If "
                "you are in crisis in the United States, call or text 988, or call 911 in an "
                "emergency."
            ),
            "objectives": [
                "Recognize the three dimensions of burnout in yourself and in colleagues.",
                "Use simple language to set and hold boundaries at work.",
                "Know when and where to seek support, including confidential options.",
            ],
        },
        "es": {
            "title": "Resiliencia, límites y prevención del agotamiento profesional",
            "summary": (
                "Un curso breve y práctico para detectar a tiempo el agotamiento, poner límites y "
                "saber a quién acudir."
            ),
            "introduction": (
                "El agotamiento profesional es común en la atención de salud y es sobre todo una "
                "respuesta a las condiciones de trabajo, no una debilidad personal. Aun así, hay "
                "cosas que cada persona puede hacer y cosas que podemos pedir a nuestros lugares "
                "de trabajo. En menos de media hora, este microcurso aborda las señales del "
                "agotamiento, habilidades sencillas para poner límites y dónde encontrar apoyo. Si "
                "está en crisis en los Estados Unidos, llame o envíe un mensaje de texto al 988, o "
                "llame al 911 en caso de emergencia."
            ),
            "objectives": [
                (
                    "Reconocer las tres dimensiones del agotamiento profesional en usted y en sus "
                    "colegas."
                ),
                "Usar frases sencillas para poner y mantener límites en el trabajo.",
                "Saber cuándo y dónde buscar apoyo, incluidas las opciones confidenciales.",
            ],
        },
        "modules": [
            {
                "key": "recognizing-burnout",
                "minutes": 7,
                "en": {
                    "title": "Recognizing burnout",
                    "summary": (
                        "Learn the three dimensions of burnout and why it is a workplace issue."
                    ),
                    "lesson": [
                        ("heading", "What burnout is"),
                        (
                            "paragraph",
                            (
                                "<p>The World Health Organization describes burnout as an "
                                "occupational phenomenon that results from chronic workplace "
                                "stress that has not been successfully managed (WHO, 2019). It has "
                                "three dimensions:</p><ul><li><b>Exhaustion:</b> feeling depleted "
                                "of energy.</li><li><b>Distance or cynicism:</b> feeling detached "
                                "from your work or negative about it.</li><li><b>Reduced "
                                "effectiveness:</b> feeling less capable or accomplished at "
                                "work.</li></ul><p>Early signs can be subtle: dreading shifts you "
                                "used to enjoy, irritability with patients or colleagues, or "
                                "needing longer to recover after days off. Burnout is not the same "
                                "as depression, although the two can overlap. If low mood, "
                                "hopelessness or changes in sleep and appetite last for weeks, "
                                "speak with a health professional.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>A quick check-in</h3><p>Once a week, ask yourself three "
                                "questions: How is my energy? How connected do I feel to my work "
                                "and my patients? Do I feel effective? This informal check-in is "
                                "not a diagnostic test, but a downward trend over several weeks is "
                                "worth noticing and worth discussing with someone you trust. "
                                "Burnout also affects teams, so notice colleagues who seem "
                                "withdrawn and ask how they are doing.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "A signal, not a failure",
                                "text": (
                                    "Burnout tells you something about the fit between you and "
                                    "your work: workload, control, fairness, values and community "
                                    "all play a part. Individual skills help, but lasting change "
                                    "also needs better systems."
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Burnout has three dimensions: exhaustion, cynicism and "
                                    "reduced effectiveness."
                                ),
                                "It comes mainly from chronic work stress, not personal weakness.",
                                (
                                    "Persistent low mood or hopelessness deserves a professional's "
                                    "attention."
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "Which of the three dimensions, if any, have you noticed in "
                                "yourself recently?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "Which are the three dimensions of burnout described by the "
                                    "WHO? Select all that apply."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "Exhaustion",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Feeling depleted of energy is one dimension."
                                        ),
                                    },
                                    {
                                        "text": "Distance or cynicism about work",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Feeling detached from work is one dimension."
                                        ),
                                    },
                                    {
                                        "text": "Reduced effectiveness",
                                        "correct": True,
                                        "explanation": (
                                            "Correct. Feeling less capable at work is one "
                                            "dimension."
                                        ),
                                    },
                                    {
                                        "text": "Increased appetite",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. This is not one of the three dimensions."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "According to the lesson, where does burnout mainly come from?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Chronic workplace stress that has not been "
                                            "successfully managed"
                                        ),
                                        "correct": True,
                                        "explanation": "Correct. This is how the WHO describes it.",
                                    },
                                    {
                                        "text": "A lack of personal toughness",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Burnout is a signal about work conditions, "
                                            "not a personal failure."
                                        ),
                                    },
                                    {
                                        "text": "Taking too much time off",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Rest helps recovery; it does not cause "
                                            "burnout."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                "es": {
                    "title": "Reconocer el agotamiento profesional",
                    "summary": (
                        "Conozca las tres dimensiones del agotamiento profesional y por qué es un "
                        "tema laboral."
                    ),
                    "lesson": [
                        ("heading", "Qué es el agotamiento profesional"),
                        (
                            "paragraph",
                            (
                                "<p>La Organización Mundial de la Salud describe el agotamiento "
                                "profesional (burnout) como un fenómeno ocupacional que resulta "
                                "del estrés laboral crónico que no se ha manejado con éxito (OMS, "
                                "2019). Tiene tres dimensiones:</p><ul><li><b>Agotamiento:</b> "
                                "sentirse sin energía.</li><li><b>Distancia o cinismo:</b> sentir "
                                "desconexión del trabajo o tener una visión negativa de "
                                "él.</li><li><b>Menor eficacia:</b> sentirse menos capaz o con "
                                "menos logros en el trabajo.</li></ul><p>Las primeras señales "
                                "pueden ser sutiles: temer turnos que antes disfrutaba, "
                                "irritabilidad con pacientes o colegas, o tardar más en "
                                "recuperarse después de los días libres. El agotamiento "
                                "profesional no es lo mismo que la depresión, aunque pueden "
                                "superponerse. Si el ánimo bajo, la desesperanza o los cambios en "
                                "el sueño y el apetito duran semanas, hable con un profesional de "
                                "la salud.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Un chequeo rápido</h3><p>Una vez por semana, hágase tres "
                                "preguntas: ¿Cómo está mi energía? ¿Cuánta conexión siento con mi "
                                "trabajo y mis pacientes? ¿Me siento eficaz? Este chequeo informal "
                                "no es una prueba diagnóstica, pero una tendencia a la baja "
                                "durante varias semanas merece atención y conviene conversarla con "
                                "alguien de confianza. El agotamiento también afecta a los "
                                "equipos, así que preste atención a colegas que parezcan retraídos "
                                "y pregúnteles cómo están.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Una señal, no un fracaso",
                                "text": (
                                    "El agotamiento profesional le dice algo sobre el ajuste entre "
                                    "usted y su trabajo: la carga laboral, el control, la equidad, "
                                    "los valores y la comunidad influyen. Las habilidades "
                                    "individuales ayudan, pero un cambio duradero también requiere "
                                    "mejores sistemas."
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "El agotamiento profesional tiene tres dimensiones: "
                                    "agotamiento, cinismo y menor eficacia."
                                ),
                                (
                                    "Proviene sobre todo del estrés laboral crónico, no de una "
                                    "debilidad personal."
                                ),
                                (
                                    "El ánimo bajo persistente o la desesperanza merecen la "
                                    "atención de un profesional."
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "¿Ha notado en usted alguna de las tres dimensiones recientemente? "
                                "¿Cuál?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "¿Cuáles son las tres dimensiones del agotamiento profesional "
                                    "que describe la OMS? Seleccione todas las que correspondan."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "Agotamiento",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Sentirse sin energía es una de las "
                                            "dimensiones."
                                        ),
                                    },
                                    {
                                        "text": "Distancia o cinismo respecto del trabajo",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Sentir desconexión del trabajo es una de "
                                            "las dimensiones."
                                        ),
                                    },
                                    {
                                        "text": "Menor eficacia",
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Sentirse menos capaz en el trabajo es una "
                                            "de las dimensiones."
                                        ),
                                    },
                                    {
                                        "text": "Aumento del apetito",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. No es una de las tres dimensiones."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "Según la lección, ¿de dónde proviene principalmente el "
                                    "agotamiento profesional?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Del estrés laboral crónico que no se ha manejado con "
                                            "éxito"
                                        ),
                                        "correct": True,
                                        "explanation": "Correcto. Así lo describe la OMS.",
                                    },
                                    {
                                        "text": "De la falta de fortaleza personal",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. El agotamiento es una señal sobre las "
                                            "condiciones de trabajo, no un fracaso personal."
                                        ),
                                    },
                                    {
                                        "text": "De tomarse demasiado tiempo libre",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. El descanso ayuda a recuperarse; no causa "
                                            "agotamiento."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
            },
            {
                "key": "setting-boundaries",
                "minutes": 7,
                "en": {
                    "title": "Setting and holding boundaries",
                    "summary": "Practice short, respectful ways to protect your time and energy.",
                    "lesson": [
                        ("heading", "Boundaries are part of good care"),
                        (
                            "paragraph",
                            (
                                "<p>A boundary is a clear limit on what you will and will not do. "
                                "In health care, boundaries can feel selfish, but they protect "
                                "your ability to care for patients safely over a long career. "
                                "Common boundaries include leaving on time once handoffs are "
                                "complete, not answering non-urgent messages on days off, and "
                                "protecting time for meals, sleep and family.</p><p>Boundaries are "
                                "easier to keep when they are specific and shared in advance. Tell "
                                "your team when you are unreachable, use an out-of-office message, "
                                "and agree on what counts as urgent. If you lead others, model the "
                                "boundaries you want them to feel free to keep.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Three simple scripts</h3><ol><li><b>Delay:</b> “Let me check "
                                "my commitments and get back to you tomorrow.”</li><li><b>Decline "
                                "with care:</b> “I'm not able to take that on right now, but thank "
                                "you for asking.”</li><li><b>Negotiate:</b> “I can help with this "
                                "if we move the other deadline to next week.”</li></ol><p>Holding "
                                "a boundary matters as much as setting it. Expect some pushback, "
                                "restate your limit calmly, and remember that you do not owe a "
                                "long explanation.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "Safety comes first",
                                "text": (
                                    "Boundaries never mean abandoning a patient. In an emergency, "
                                    "or when no one else can safely provide care, act first, and "
                                    "then raise the staffing or scheduling problem with your "
                                    "leaders afterward."
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                "Boundaries protect your ability to care for patients over time.",
                                "Short scripts make it easier to delay, decline or negotiate.",
                                (
                                    "Holding a boundary means restating it calmly, without a long "
                                    "explanation."
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "What is one boundary you would like to set this month, and what "
                                "words will you use?"
                            ),
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "A colleague asks you to cover an extra shift next week, and "
                                    "you need time to think. Which response fits best?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "“Let me check my commitments and get back to you "
                                            "tomorrow.”"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. This is the delay script: it buys time "
                                            "without a commitment."
                                        ),
                                    },
                                    {
                                        "text": "Say yes immediately to avoid conflict",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. You are allowed time to consider your "
                                            "commitments."
                                        ),
                                    },
                                    {
                                        "text": "Ignore the message",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. A short, clear reply is more respectful "
                                            "and more effective."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "Which statements about boundaries reflect the lesson? Select "
                                    "all that apply."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "Boundaries protect your ability to care for patients "
                                            "over time."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correct. They support safe care over a long career."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "You do not owe a long explanation when holding a "
                                            "boundary."
                                        ),
                                        "correct": True,
                                        "explanation": "Correct. A calm restatement is enough.",
                                    },
                                    {
                                        "text": (
                                            "A boundary means you never step in during an "
                                            "emergency."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrect. Boundaries never mean abandoning a patient."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                "es": {
                    "title": "Poner y mantener límites",
                    "summary": (
                        "Practique formas breves y respetuosas de proteger su tiempo y su energía."
                    ),
                    "lesson": [
                        ("heading", "Los límites son parte de una buena atención"),
                        (
                            "paragraph",
                            (
                                "<p>Un límite es una definición clara de lo que usted hará y no "
                                "hará. En la atención de salud, los límites pueden parecer "
                                "egoístas, pero protegen su capacidad de atender a los pacientes "
                                "de forma segura a lo largo de una carrera larga. Algunos límites "
                                "comunes son salir a tiempo una vez terminado el traspaso de "
                                "pacientes, no responder mensajes no urgentes en los días libres y "
                                "proteger el tiempo para comer, dormir y estar con la "
                                "familia.</p><p>Los límites son más fáciles de mantener cuando son "
                                "concretos y se comunican con anticipación. Avise a su equipo "
                                "cuándo no estará disponible, use un mensaje de respuesta "
                                "automática y acuerden qué se considera urgente. Si dirige a otras "
                                "personas, practique usted los límites que quiere que ellas se "
                                "sientan libres de mantener.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Tres frases sencillas</h3><ol><li><b>Postergar:</b> "
                                "“Permítame revisar mis compromisos y le respondo "
                                "mañana”.</li><li><b>Declinar con cuidado:</b> “En este momento no "
                                "puedo asumirlo, pero gracias por "
                                "preguntarme”.</li><li><b>Negociar:</b> “Puedo ayudar con esto si "
                                "pasamos el otro plazo a la próxima semana”.</li></ol><p>Mantener "
                                "un límite importa tanto como ponerlo. Espere cierta resistencia, "
                                "repita su límite con calma y recuerde que no debe una explicación "
                                "larga.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "title": "La seguridad es lo primero",
                                "text": (
                                    "Los límites nunca significan abandonar a un paciente. En una "
                                    "emergencia, o cuando nadie más puede brindar atención segura, "
                                    "actúe primero y después plantee el problema de personal o de "
                                    "horarios a sus responsables."
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Los límites protegen su capacidad de atender a los pacientes "
                                    "a lo largo del tiempo."
                                ),
                                "Las frases breves facilitan postergar, declinar o negociar.",
                                (
                                    "Mantener un límite significa repetirlo con calma, sin una "
                                    "explicación larga."
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            "¿Qué límite le gustaría poner este mes y qué palabras usará?",
                        ),
                    ],
                    "check": {
                        "pass_mark": 70,
                        "questions": [
                            {
                                "prompt": (
                                    "Un colega le pide cubrir un turno extra la próxima semana y "
                                    "usted necesita tiempo para pensarlo. ¿Qué respuesta es la más "
                                    "adecuada?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "“Permítame revisar mis compromisos y le respondo "
                                            "mañana”."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Es la frase para postergar: le da tiempo "
                                            "sin comprometerse."
                                        ),
                                    },
                                    {
                                        "text": "Decir que sí de inmediato para evitar conflictos",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Tiene derecho a tomarse un tiempo para "
                                            "revisar sus compromisos."
                                        ),
                                    },
                                    {
                                        "text": "Ignorar el mensaje",
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Una respuesta breve y clara es más "
                                            "respetuosa y más eficaz."
                                        ),
                                    },
                                ],
                            },
                            {
                                "prompt": (
                                    "¿Qué afirmaciones sobre los límites reflejan la lección? "
                                    "Seleccione todas las que correspondan."
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "Los límites protegen su capacidad de atender a los "
                                            "pacientes a lo largo del tiempo."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Correcto. Favorecen una atención segura durante una "
                                            "carrera larga."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "No debe una explicación larga al mantener un límite."
                                        ),
                                        "correct": True,
                                        "explanation": "Correcto. Basta con repetirlo con calma.",
                                    },
                                    {
                                        "text": (
                                            "Un límite significa que nunca interviene en una "
                                            "emergencia."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Incorrecto. Los límites nunca significan abandonar a "
                                            "un paciente."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
            },
            {
                "key": "getting-support",
                "minutes": 5,
                "en": {
                    "title": "Getting support and changing the system",
                    "summary": (
                        "Know where to turn for help and how to push for better working conditions."
                    ),
                    "lesson": [
                        ("heading", "You do not have to carry it alone"),
                        (
                            "paragraph",
                            (
                                "<p>Reaching out early is a sign of good judgment. Options "
                                "include:</p><ul><li>your <b>employee assistance program "
                                "(EAP)</b>, which usually offers free, confidential short-term "
                                "counseling;</li><li>a primary care clinician or a mental-health "
                                "professional;</li><li>peer support programs, which many hospitals "
                                "and training programs offer;</li><li>trusted mentors, friends, "
                                "family and community, including faith or cultural "
                                "communities.</li></ul><p>If you ever have thoughts of harming "
                                "yourself, call or text 988, the Suicide and Crisis Lifeline in "
                                "the United States, or call 911 in an emergency.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Small changes, shared effort</h3><p>Individual habits such as "
                                "sleep, movement and time with people you love help, but the "
                                "strongest drivers of burnout are in the system. With colleagues, "
                                "you can name specific problems and propose fixes: reducing "
                                "unnecessary inbox messages, improving handoffs, protecting time "
                                "off, or making sure interpreters and support staff are available. "
                                "Framing a problem around patient safety and quality often helps "
                                "leaders listen.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>If you are worried about a colleague</h3><p>Ask directly and "
                                "privately how they are doing, listen without rushing to fix "
                                "things, and help them connect with support, for example by "
                                "looking up the EAP number together. If you are worried about "
                                "their safety, ask them directly whether they are thinking about "
                                "suicide; asking does not put the idea in their head. Stay with "
                                "them and contact 988 or emergency services if they are in "
                                "danger.</p>"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                "Your EAP usually offers free, confidential counseling.",
                                "In the United States, call or text 988 if you are in crisis.",
                                (
                                    "Work with colleagues to fix system problems, framed around "
                                    "safety and quality."
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "Who is one person or service you could contact if work started to "
                                "feel unmanageable?"
                            ),
                        ),
                    ],
                    "check": None,
                },
                "es": {
                    "title": "Buscar apoyo y cambiar el sistema",
                    "summary": (
                        "Sepa a quién acudir para pedir ayuda y cómo impulsar mejores condiciones "
                        "de trabajo."
                    ),
                    "lesson": [
                        ("heading", "No tiene que cargarlo solo ni sola"),
                        (
                            "paragraph",
                            (
                                "<p>Pedir ayuda a tiempo es señal de buen criterio. Algunas "
                                "opciones son:</p><ul><li>su <b>programa de asistencia al empleado "
                                "(EAP, por sus siglas en inglés)</b>, que suele ofrecer "
                                "orientación psicológica breve, gratuita y "
                                "confidencial;</li><li>un profesional de atención primaria o de "
                                "salud mental;</li><li>los programas de apoyo entre pares, que "
                                "ofrecen muchos hospitales y programas de "
                                "formación;</li><li>mentores de confianza, amistades, familia y "
                                "comunidad, incluidas las comunidades de fe o "
                                "culturales.</li></ul><p>Si alguna vez tiene pensamientos de "
                                "hacerse daño, llame o envíe un mensaje de texto al 988, la Línea "
                                "de Prevención del Suicidio y Crisis de los Estados Unidos, o "
                                "llame al 911 en caso de emergencia.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Pequeños cambios, esfuerzo compartido</h3><p>Los hábitos "
                                "individuales, como dormir, moverse y pasar tiempo con sus seres "
                                "queridos, ayudan, pero las causas más fuertes del agotamiento "
                                "están en el sistema. Junto con sus colegas, puede nombrar "
                                "problemas concretos y proponer soluciones: reducir los mensajes "
                                "innecesarios en la bandeja de entrada, mejorar los traspasos de "
                                "pacientes, proteger el tiempo libre o asegurar que haya "
                                "intérpretes y personal de apoyo disponibles. Plantear un problema "
                                "en términos de seguridad del paciente y calidad suele ayudar a "
                                "que los responsables escuchen.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<h3>Si le preocupa un colega</h3><p>Pregúntele de forma directa y "
                                "en privado cómo está, escuche sin apresurarse a dar soluciones y "
                                "ayúdele a conectarse con apoyo, por ejemplo buscando juntos el "
                                "número del EAP. Si le preocupa su seguridad, pregúntele "
                                "directamente si está pensando en el suicidio; preguntarlo no le "
                                "pone la idea en la cabeza. Quédese con esa persona y comuníquese "
                                "con el 988 o con los servicios de emergencia si está en "
                                "peligro.</p>"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Su EAP suele ofrecer orientación psicológica gratuita y "
                                    "confidencial."
                                ),
                                (
                                    "En los Estados Unidos, llame o envíe un mensaje de texto al "
                                    "988 si está en crisis."
                                ),
                                (
                                    "Trabaje con sus colegas para resolver problemas del sistema, "
                                    "planteados en términos de seguridad y calidad."
                                ),
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "¿A qué persona o servicio podría acudir si el trabajo empezara a "
                                "sentirse inmanejable?"
                            ),
                        ),
                    ],
                    "check": None,
                },
            },
        ],
    },
]
