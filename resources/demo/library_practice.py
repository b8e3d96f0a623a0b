"""Demo resources on racial-informed care, career advancement, and leadership and life essentials.

Sixteen guides, toolkits, templates, recordings and links for the Hub's resource library, each
written in English and Spanish with the same structure; several include a generated worksheet.
"""

RESOURCES = [
    {
        "slug": "race-in-clinical-algorithms-egfr",
        "type": "guide",
        "topic": "racial-informed-care",
        "specialties": ["nephrology", "internal-medicine", "family-medicine"],
        "stages": ["student", "resident", "early_career", "mid_late_career"],
        "minutes": 14,
        "reviewed_days_ago": 35,
        "featured": True,
        "documents": [],
        "links": [
            {
                "url": "https://www.hrsa.gov/",
                "en": {
                    "title": "Health Resources and Services Administration (HRSA)",
                    "description": (
                        "The federal agency that oversees the national Organ Procurement and "
                        "Transplantation Network (OPTN). Start here to find current OPTN policies "
                        "on kidney waiting lists."
                    ),
                },
                "es": {
                    "title": "Health Resources and Services Administration (HRSA)",
                    "description": (
                        "La agencia federal que supervisa la red nacional de obtención y "
                        "trasplante de órganos (OPTN). Comience aquí para encontrar las políticas "
                        "vigentes de la OPTN sobre las listas de espera de riñón."
                    ),
                },
            },
        ],
        "related": [
            "structural-competency-case-worksheet",
            "course:responding-to-racism-in-clinical-settings",
        ],
        "en": {
            "title": (
                "Race in clinical algorithms: what changed with kidney function (eGFR) and what to "
                "ask next"
            ),
            "introduction": (
                "Several widely used clinical calculators once adjusted results by race. This "
                "guide explains the move to race-free kidney function estimates, other tools under "
                "revision, and practical questions to bring to your own unit."
            ),
            "body": [
                ("heading", {"text": "Why race ended up in clinical tools", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Many clinical equations were built from study populations in which "
                        "race was recorded, and researchers found average differences between "
                        "groups. Those differences were then written into the formulas as fixed "
                        "multipliers. The problem is that race is a social category, not a "
                        "biological measurement: it stands in, imperfectly, for ancestry, "
                        "environment, access to care and the effects of racism itself. Building it "
                        "into a calculation can hide the real causes of a difference and can "
                        "change who is offered treatment.</p><p>Over the past several years, "
                        "professional societies have reviewed these tools one by one. The goal is "
                        "not to ignore differences between patients but to measure what actually "
                        "matters for the person in front of you.</p>"
                    ),
                ),
                ("heading", {"text": "Kidney function: the eGFR change", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Estimated glomerular filtration rate (eGFR) is calculated from serum "
                        "creatinine, age and sex. Older equations also included a race coefficient "
                        "that reported a higher eGFR for patients identified as Black: roughly 16 "
                        "percent higher in the widely used 2009 CKD-EPI equation. A higher "
                        "estimate can make kidney disease look less advanced, which may delay "
                        "referral to a nephrologist, change medication dosing and postpone "
                        "eligibility for the kidney transplant waiting list.</p><p>In 2021, a "
                        "joint task force of the National Kidney Foundation and the American "
                        "Society of Nephrology recommended a refitted equation without race (the "
                        "2021 CKD-EPI creatinine equation) and encouraged wider use of cystatin C "
                        "to confirm results. Many US laboratories have since switched, although "
                        "the timing has varied from one health system to another.</p><h3>What "
                        "happened for transplant candidates</h3><p>The national Organ Procurement "
                        "and Transplantation Network (OPTN), overseen by the Health Resources and "
                        "Services Administration (HRSA), required transplant programs in 2022 to "
                        "use race-neutral eGFR calculations. In 2023 it also required programs to "
                        "identify Black candidates whose waiting time may have been affected by a "
                        "race-based result and to request waiting-time modifications for them. If "
                        "you care for patients with advanced kidney disease, it is worth asking "
                        "their transplant program whether those reviews are complete.</p>"
                    ),
                ),
                ("heading", {"text": "Other tools being revised", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Kidney function is the best-known example, but it is not the only one. "
                        "As of 2026, these are among the changes clinicians most often encounter; "
                        "confirm the current guidance with the relevant professional society "
                        "before changing practice:</p><ul><li><b>Pulmonary function tests:</b> in "
                        "2023 the American Thoracic Society recommended race-neutral reference "
                        "equations for interpreting spirometry, replacing race-specific "
                        "adjustments that could make reduced lung function look "
                        "normal.</li><li><b>Vaginal birth after cesarean (VBAC):</b> a widely used "
                        "calculator that predicted lower success for Black and Hispanic patients "
                        "was revised in 2021 to remove race and ethnicity.</li><li><b>Other "
                        "calculators:</b> tools in urology, pediatrics and cardiology have been "
                        "reviewed as well. Some have been updated; others remain in use while "
                        "evidence is gathered.</li></ul>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "When our lab switched equations, three of my patients crossed the "
                            "threshold for a nephrology referral on the same morning. Nothing "
                            "about their kidneys had changed; only the math had."
                        ),
                        "attribution": "Dr. Marisol Echeverría",
                        "role": "Internist, community health center",
                    },
                ),
                ("heading", {"text": "Questions to bring to your unit", "level": "h2"}),
                (
                    "accordion",
                    {
                        "heading": "Practical questions",
                        "items": [
                            {
                                "question": "How do I know which equation my lab uses?",
                                "answer": (
                                    "<p>Look at the footnote on the lab report or in the "
                                    "electronic health record, or ask your laboratory director. "
                                    "Reports often name the equation. If the result still offers a "
                                    "separate value “if African American,” the lab has probably "
                                    "not updated it.</p>"
                                ),
                            },
                            {
                                "question": (
                                    "What should I do for patients whose results were calculated "
                                    "the old way?"
                                ),
                                "answer": (
                                    "<p>For patients near a decision threshold (referral, "
                                    "medication dosing or transplant evaluation, for example), "
                                    "consider recalculating with the current equation or ordering "
                                    "cystatin C, and document your reasoning. Nephrology "
                                    "colleagues and pharmacists can help you decide which patients "
                                    "to review first.</p>"
                                ),
                            },
                            {
                                "question": "How do I talk with a patient about the change?",
                                "answer": (
                                    "<p>Be direct and plain: the old formula adjusted results "
                                    "based on race, experts decided that was not accurate, and the "
                                    "new number may look different. Invite questions. Some "
                                    "patients will feel relieved, others angry or worried; all of "
                                    "those reactions make sense.</p>"
                                ),
                            },
                            {
                                "question": "What if I find another tool that uses race?",
                                "answer": (
                                    "<p>Ask what the race variable is meant to stand in for, "
                                    "whether the developers or a professional society have issued "
                                    "an update, and what happens clinically if it is removed. "
                                    "Raise the question with your quality or pharmacy and "
                                    "therapeutics committee rather than changing a shared tool on "
                                    "your own.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>This guide is general education, not clinical guidance for any "
                        "individual patient. Follow your institution's protocols and the current "
                        "recommendations of the relevant professional societies.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": (
                "La raza en los algoritmos clínicos: qué cambió en la función renal (TFGe) y qué "
                "preguntar ahora"
            ),
            "introduction": (
                "Varias calculadoras clínicas de uso común ajustaban sus resultados según la raza. "
                "Esta guía explica el paso a estimaciones de la función renal sin raza, otras "
                "herramientas en revisión y preguntas prácticas para llevar a su propio servicio."
            ),
            "body": [
                (
                    "heading",
                    {"text": "Por qué la raza terminó en las herramientas clínicas", "level": "h2"},
                ),
                (
                    "paragraph",
                    (
                        "<p>Muchas ecuaciones clínicas se construyeron a partir de poblaciones de "
                        "estudio en las que se registraba la raza, y los investigadores "
                        "encontraron diferencias promedio entre grupos. Esas diferencias se "
                        "incorporaron luego a las fórmulas como multiplicadores fijos. El problema "
                        "es que la raza es una categoría social, no una medida biológica: "
                        "representa, de manera imperfecta, la ascendencia, el entorno, el acceso a "
                        "la atención y los efectos del propio racismo. Incluirla en un cálculo "
                        "puede ocultar las verdaderas causas de una diferencia y cambiar a quién "
                        "se le ofrece un tratamiento.</p><p>En los últimos años, las sociedades "
                        "profesionales han revisado estas herramientas una por una. El objetivo no "
                        "es ignorar las diferencias entre pacientes, sino medir lo que realmente "
                        "importa para la persona que usted tiene delante.</p>"
                    ),
                ),
                ("heading", {"text": "Función renal: el cambio en la TFGe", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>La tasa de filtración glomerular estimada (TFGe, o eGFR en inglés) se "
                        "calcula a partir de la creatinina sérica, la edad y el sexo. Las "
                        "ecuaciones anteriores incluían además un coeficiente racial que daba una "
                        "TFGe más alta a los pacientes identificados como negros: alrededor de un "
                        "16 por ciento más alta en la ecuación CKD-EPI de 2009, de uso muy "
                        "extendido. Una estimación más alta puede hacer que la enfermedad renal "
                        "parezca menos avanzada, lo que puede retrasar la derivación a nefrología, "
                        "modificar la dosificación de medicamentos y posponer la elegibilidad para "
                        "la lista de espera de trasplante renal.</p><p>En 2021, un grupo de "
                        "trabajo conjunto de la National Kidney Foundation y la American Society "
                        "of Nephrology recomendó una ecuación reajustada sin raza (la ecuación "
                        "CKD-EPI de creatinina de 2021) y alentó un mayor uso de la cistatina C "
                        "para confirmar los resultados. Desde entonces, muchos laboratorios de "
                        "Estados Unidos han hecho el cambio, aunque el momento ha variado de un "
                        "sistema de salud a otro.</p><h3>Qué pasó con los candidatos a "
                        "trasplante</h3><p>La red nacional de obtención y trasplante de órganos "
                        "(Organ Procurement and Transplantation Network, OPTN), supervisada por la "
                        "Health Resources and Services Administration (HRSA), exigió en 2022 a los "
                        "programas de trasplante usar cálculos de TFGe sin raza. En 2023 también "
                        "les exigió identificar a los candidatos negros cuyo tiempo de espera pudo "
                        "verse afectado por un resultado basado en la raza y solicitar ajustes de "
                        "su tiempo de espera. Si usted atiende a pacientes con enfermedad renal "
                        "avanzada, vale la pena preguntar a su programa de trasplante si esas "
                        "revisiones ya se completaron.</p>"
                    ),
                ),
                ("heading", {"text": "Otras herramientas en revisión", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>La función renal es el ejemplo más conocido, pero no el único. A 2026, "
                        "estos son algunos de los cambios que los profesionales clínicos "
                        "encuentran con más frecuencia; confirme las recomendaciones vigentes con "
                        "la sociedad profesional correspondiente antes de cambiar su "
                        "práctica:</p><ul><li><b>Pruebas de función pulmonar:</b> en 2023, la "
                        "American Thoracic Society recomendó ecuaciones de referencia neutrales "
                        "respecto a la raza para interpretar la espirometría, en lugar de ajustes "
                        "por raza que podían hacer que una función pulmonar reducida pareciera "
                        "normal.</li><li><b>Parto vaginal después de cesárea (VBAC):</b> una "
                        "calculadora muy utilizada que predecía menor éxito en pacientes negras e "
                        "hispanas se revisó en 2021 para eliminar la raza y la "
                        "etnia.</li><li><b>Otras calculadoras:</b> también se han revisado "
                        "herramientas de urología, pediatría y cardiología. Algunas se han "
                        "actualizado; otras siguen en uso mientras se reúne evidencia.</li></ul>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Cuando nuestro laboratorio cambió de ecuación, tres de mis pacientes "
                            "cruzaron el umbral para derivación a nefrología la misma mañana. Sus "
                            "riñones no habían cambiado; solo cambiaron las cuentas."
                        ),
                        "attribution": "Dra. Marisol Echeverría",
                        "role": "Internista, centro de salud comunitario",
                    },
                ),
                ("heading", {"text": "Preguntas para llevar a su servicio", "level": "h2"}),
                (
                    "accordion",
                    {
                        "heading": "Preguntas prácticas",
                        "items": [
                            {
                                "question": "¿Cómo sé qué ecuación usa mi laboratorio?",
                                "answer": (
                                    "<p>Revise la nota al pie del informe de laboratorio o de la "
                                    "historia clínica electrónica, o pregunte a la dirección del "
                                    "laboratorio. Los informes suelen nombrar la ecuación. Si el "
                                    "resultado todavía ofrece un valor aparte “si es "
                                    "afroamericano”, probablemente el laboratorio no lo ha "
                                    "actualizado.</p>"
                                ),
                            },
                            {
                                "question": (
                                    "¿Qué hago con los pacientes cuyos resultados se calcularon "
                                    "con el método anterior?"
                                ),
                                "answer": (
                                    "<p>En los pacientes cercanos a un umbral de decisión (por "
                                    "ejemplo, para derivación, dosificación de medicamentos o "
                                    "evaluación para trasplante), considere recalcular con la "
                                    "ecuación vigente o pedir cistatina C, y documente su "
                                    "razonamiento. Sus colegas de nefrología y farmacia pueden "
                                    "ayudarle a decidir qué pacientes revisar primero.</p>"
                                ),
                            },
                            {
                                "question": "¿Cómo hablo del cambio con un paciente?",
                                "answer": (
                                    "<p>Sea directo y claro: la fórmula anterior ajustaba los "
                                    "resultados según la raza, los expertos concluyeron que eso no "
                                    "era exacto y el nuevo número puede verse distinto. Invite a "
                                    "hacer preguntas. Algunos pacientes sentirán alivio y otros "
                                    "enojo o preocupación; todas esas reacciones tienen "
                                    "sentido.</p>"
                                ),
                            },
                            {
                                "question": "¿Y si encuentro otra herramienta que usa la raza?",
                                "answer": (
                                    "<p>Pregunte qué pretende representar la variable de raza, si "
                                    "los desarrolladores o una sociedad profesional han publicado "
                                    "una actualización y qué ocurre clínicamente si se elimina. "
                                    "Plantee la pregunta a su comité de calidad o de farmacia y "
                                    "terapéutica en lugar de modificar por su cuenta una "
                                    "herramienta compartida.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Esta guía es información educativa general, no una recomendación "
                        "clínica para ningún paciente en particular. Siga los protocolos de su "
                        "institución y las recomendaciones vigentes de las sociedades "
                        "profesionales correspondientes.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "working-with-medical-interpreters",
        "type": "guide",
        "topic": "racial-informed-care",
        "specialties": [],
        "stages": ["student", "resident", "early_career", "mid_late_career"],
        "minutes": 12,
        "reviewed_days_ago": 470,
        "featured": False,
        "documents": [
            {
                "filename": "interpreter-encounter-checklist.txt",
                "text": (
                    "INTERPRETED VISIT CHECKLIST\n"
                    "One page to keep at your workstation. Follow your institution's "
                    "language-access policy.\n"
                    "\n"
                    "BEFORE THE VISIT\n"
                    "[ ] Preferred language and dialect confirmed with the patient and recorded in "
                    "the chart\n"
                    "[ ] Qualified interpreter booked or connected (in person, video or phone)\n"
                    "[ ] No children used as interpreters; family members only as the patient "
                    "wishes and policy allows\n"
                    "[ ] 1-minute briefing for the interpreter: purpose of the visit, difficult "
                    "news, key terms\n"
                    "[ ] Seats arranged so you face the patient; video device charged and tested\n"
                    "\n"
                    "DURING THE VISIT\n"
                    "[ ] Introduce everyone in the room and their role\n"
                    "[ ] Speak to the patient in the first person (“How are you feeling?”)\n"
                    "[ ] Short segments, frequent pauses, no idioms or acronyms\n"
                    "[ ] Check understanding with teach-back, in the patient's own words\n"
                    "[ ] Invite questions: “What questions do you have for me?”\n"
                    "\n"
                    "AFTER THE VISIT\n"
                    "[ ] Brief debrief with the interpreter (communication or cultural issues)\n"
                    "[ ] Interpreter name or ID number and modality documented\n"
                    "[ ] Written instructions in the patient's language, or a plan to provide "
                    "them\n"
                    "[ ] Problems with access (long waits, broken devices) reported like any "
                    "safety issue\n"
                    "\n"
                    "ESPAÑOL\n"
                    "LISTA DE VERIFICACIÓN PARA CONSULTAS CON INTÉRPRETE\n"
                    "Una página para tener en su estación de trabajo. Siga la política de acceso "
                    "lingüístico de su institución.\n"
                    "\n"
                    "ANTES DE LA CONSULTA\n"
                    "[ ] Idioma y variante preferidos confirmados con el paciente y registrados en "
                    "la historia clínica\n"
                    "[ ] Intérprete calificado reservado o conectado (en persona, por video o por "
                    "teléfono)\n"
                    "[ ] Ningún menor como intérprete; familiares solo si el paciente lo desea y "
                    "la política lo permite\n"
                    "[ ] Explicación de 1 minuto al intérprete: motivo de la consulta, malas "
                    "noticias, términos clave\n"
                    "[ ] Asientos dispuestos para mirar al paciente; dispositivo de video cargado "
                    "y probado\n"
                    "\n"
                    "DURANTE LA CONSULTA\n"
                    "[ ] Presente a todas las personas presentes y su función\n"
                    "[ ] Hable al paciente en primera persona (“¿Cómo se siente?”)\n"
                    "[ ] Frases cortas, pausas frecuentes, sin modismos ni siglas\n"
                    "[ ] Confirme la comprensión con teach-back: el paciente lo explica con sus "
                    "propias palabras\n"
                    "[ ] Invite a preguntar: “¿Qué preguntas tiene para mí?”\n"
                    "\n"
                    "DESPUÉS DE LA CONSULTA\n"
                    "[ ] Breve conversación con el intérprete sobre problemas de comunicación o "
                    "culturales\n"
                    "[ ] Nombre o número de identificación del intérprete y modalidad "
                    "documentados\n"
                    "[ ] Instrucciones escritas en el idioma del paciente, o un plan para "
                    "entregarlas\n"
                    "[ ] Problemas de acceso (esperas largas, equipos dañados) reportados como "
                    "cualquier riesgo de seguridad\n"
                ),
                "en": {"title": "Interpreted visit checklist (TXT)"},
                "es": {"title": "Lista de verificación para consultas con intérprete (TXT)"},
            },
        ],
        "links": [
            {
                "url": "https://www.cms.gov/",
                "en": {
                    "title": "Centers for Medicare & Medicaid Services (CMS)",
                    "description": (
                        "The CMS Office of Minority Health publishes health equity resources, "
                        "including guidance on developing a language access plan. Search the site "
                        "for “language access.”"
                    ),
                },
                "es": {
                    "title": "Centers for Medicare & Medicaid Services (CMS)",
                    "description": (
                        "La Oficina de Salud de las Minorías de los CMS publica recursos sobre "
                        "equidad en salud, incluida una guía para elaborar un plan de acceso "
                        "lingüístico. Busque “language access” en el sitio."
                    ),
                },
            },
        ],
        "related": ["responding-to-bias-pocket-card", "structural-competency-case-worksheet"],
        "en": {
            "title": "Working with medical interpreters: a practical guide to language access",
            "introduction": (
                "Patients with limited English proficiency have a right to a qualified "
                "interpreter, and working well with one is a clinical skill. Here is how to plan, "
                "run and document an interpreted visit."
            ),
            "body": [
                ("heading", {"text": "Why it matters", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Millions of people in the United States speak English less than very "
                        "well. When they receive care without a qualified interpreter, studies "
                        "have linked this to more misunderstandings about diagnoses and medicines, "
                        "poorer pain control, longer hospital stays and more readmissions. Good "
                        "language access is a safety practice and a matter of respect.</p><p>Under "
                        "federal civil rights law, including Title VI of the Civil Rights Act of "
                        "1964 and Section 1557 of the Affordable Care Act, health programs that "
                        "receive federal funding must take reasonable steps to give people with "
                        "limited English proficiency meaningful access, which usually includes a "
                        "qualified interpreter at no cost to the patient. The rules implementing "
                        "Section 1557 were updated in 2024, and your institution's language-access "
                        "policy explains how these duties apply where you work. This guide is "
                        "general information, not legal advice.</p>"
                    ),
                ),
                ("heading", {"text": "Who should interpret", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>A <b>qualified interpreter</b> has demonstrated proficiency in both "
                        "languages, knows medical terminology and follows professional ethics such "
                        "as accuracy, impartiality and confidentiality. That may be a staff "
                        "interpreter, a contracted service by phone or video, or a bilingual "
                        "clinician whose language skills have been assessed by the "
                        "institution.</p><ul><li><b>Do not ask children to interpret</b>, except "
                        "in a true emergency while you wait for a qualified "
                        "interpreter.</li><li><b>Avoid relying on family members or friends</b>, "
                        "even adults. They may soften bad news, add their own opinions or leave "
                        "out sensitive details. If a patient prefers a relative, explain that a "
                        "professional interpreter is free and follow your policy, which may still "
                        "call for a qualified interpreter to be present or on the "
                        "line.</li><li><b>Use your own second language with care.</b> "
                        "Conversational Spanish is not the same as obtaining informed consent in "
                        "Spanish. Know the limits of your skills and bring in an interpreter for "
                        "anything important.</li></ul>"
                    ),
                ),
                ("heading", {"text": "Before, during and after the visit", "level": "h2"}),
                (
                    "accordion",
                    {
                        "heading": "Step by step",
                        "items": [
                            {
                                "question": "Before: brief the interpreter",
                                "answer": (
                                    "<p>Take one minute to tell the interpreter the purpose of the "
                                    "visit, any difficult news you will share and any terms you "
                                    "expect to use. Ask the patient's preferred language and "
                                    "dialect, and record it in the chart so the next team does not "
                                    "have to ask again.</p>"
                                ),
                            },
                            {
                                "question": "During: speak to the patient, not the interpreter",
                                "answer": (
                                    "<p>Face the patient and speak in the first person: “How is "
                                    "your breathing today?”, not “Ask her how her breathing is.” "
                                    "Use short segments, pause often and avoid idioms and "
                                    "acronyms. Expect the interpretation to take about as long as "
                                    "what you said, sometimes longer.</p>"
                                ),
                            },
                            {
                                "question": "Check understanding with teach-back",
                                "answer": (
                                    "<p>Ask the patient to explain the plan in their own words: "
                                    "“So I know I explained it well, can you tell me how you will "
                                    "take this medicine?” Teach-back checks your explanation, not "
                                    "the patient's intelligence.</p>"
                                ),
                            },
                            {
                                "question": "After: debrief and document",
                                "answer": (
                                    "<p>Give the interpreter a chance to mention communication or "
                                    "cultural issues they noticed. Document the interpreter's name "
                                    "or ID number and the modality (in person, video or phone), "
                                    "following your institution's practice. Provide written "
                                    "instructions in the patient's language whenever possible.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "The best compliment I get is when the family forgets I am in the room "
                            "and talks straight to the doctor. That means the conversation belongs "
                            "to them."
                        ),
                        "attribution": "Graciela Montaño",
                        "role": "Certified medical interpreter, academic medical center",
                    },
                ),
                ("heading", {"text": "Making it routine", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Language access works best when it is built into the system rather "
                        "than left to individual goodwill. Ask whether your clinic records "
                        "preferred language at check-in, whether video interpreting devices are "
                        "easy to find and how long patients wait for an interpreter. If a phone "
                        "line is hard to reach or a device is broken, report it as you would any "
                        "other safety problem. The one-page checklist attached to this guide can "
                        "be kept at a workstation or shared with new team members.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Cómo trabajar con intérpretes médicos: guía práctica de acceso lingüístico",
            "introduction": (
                "Los pacientes con dominio limitado del inglés tienen derecho a un intérprete "
                "calificado, y trabajar bien con él es una habilidad clínica. Así puede "
                "planificar, conducir y documentar una consulta con intérprete."
            ),
            "body": [
                ("heading", {"text": "Por qué es importante", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Millones de personas en Estados Unidos hablan inglés con dificultad. "
                        "Cuando reciben atención sin un intérprete calificado, los estudios han "
                        "relacionado esa situación con más malentendidos sobre diagnósticos y "
                        "medicamentos, peor control del dolor, hospitalizaciones más largas y más "
                        "reingresos. Un buen acceso lingüístico es una práctica de seguridad y una "
                        "cuestión de respeto.</p><p>Según las leyes federales de derechos civiles, "
                        "entre ellas el Título VI de la Ley de Derechos Civiles de 1964 y la "
                        "Sección 1557 de la Ley de Cuidado de Salud a Bajo Precio (Affordable Care "
                        "Act), los programas de salud que reciben fondos federales deben tomar "
                        "medidas razonables para ofrecer un acceso significativo a las personas "
                        "con dominio limitado del inglés, lo que normalmente incluye un intérprete "
                        "calificado sin costo para el paciente. Las normas que aplican la Sección "
                        "1557 se actualizaron en 2024, y la política de acceso lingüístico de su "
                        "institución explica cómo se aplican estas obligaciones en su lugar de "
                        "trabajo. Esta guía es información general, no asesoría legal.</p>"
                    ),
                ),
                ("heading", {"text": "Quién debe interpretar", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Un <b>intérprete calificado</b> ha demostrado dominio de ambos "
                        "idiomas, conoce la terminología médica y sigue una ética profesional de "
                        "exactitud, imparcialidad y confidencialidad. Puede ser un intérprete de "
                        "planta, un servicio contratado por teléfono o video, o un profesional "
                        "clínico bilingüe cuyas habilidades lingüísticas haya evaluado la "
                        "institución.</p><ul><li><b>No pida a niños que interpreten</b>, salvo en "
                        "una verdadera emergencia mientras espera a un intérprete "
                        "calificado.</li><li><b>Evite depender de familiares o amistades</b>, "
                        "aunque sean adultos. Pueden suavizar las malas noticias, agregar sus "
                        "propias opiniones u omitir detalles delicados. Si el paciente prefiere a "
                        "un familiar, explíquele que el intérprete profesional es gratuito y siga "
                        "su política, que puede exigir de todos modos la presencia o la conexión "
                        "de un intérprete calificado.</li><li><b>Use su segundo idioma con "
                        "cuidado.</b> Hablar español de conversación no es lo mismo que obtener un "
                        "consentimiento informado en español. Conozca los límites de sus "
                        "habilidades y recurra a un intérprete para todo lo importante.</li></ul>"
                    ),
                ),
                ("heading", {"text": "Antes, durante y después de la consulta", "level": "h2"}),
                (
                    "accordion",
                    {
                        "heading": "Paso a paso",
                        "items": [
                            {
                                "question": "Antes: prepare al intérprete",
                                "answer": (
                                    "<p>Dedique un minuto a explicar al intérprete el motivo de la "
                                    "consulta, las noticias difíciles que dará y los términos que "
                                    "piensa usar. Pregunte al paciente su idioma y variante "
                                    "preferidos, y regístrelos en la historia clínica para que el "
                                    "siguiente equipo no tenga que volver a preguntar.</p>"
                                ),
                            },
                            {
                                "question": "Durante: hable al paciente, no al intérprete",
                                "answer": (
                                    "<p>Mire al paciente y hable en primera persona: “¿Cómo está "
                                    "su respiración hoy?”, no “Pregúntele cómo está su "
                                    "respiración”. Use frases cortas, haga pausas frecuentes y "
                                    "evite modismos y siglas. Cuente con que la interpretación "
                                    "dure más o menos lo mismo que lo que usted dijo, a veces "
                                    "más.</p>"
                                ),
                            },
                            {
                                "question": "Confirme la comprensión con teach-back",
                                "answer": (
                                    "<p>Pida al paciente que explique el plan con sus propias "
                                    "palabras (la técnica llamada “teach-back”): “Para saber si me "
                                    "expliqué bien, ¿me cuenta cómo va a tomar este medicamento?”. "
                                    "Esta técnica evalúa su explicación, no la inteligencia del "
                                    "paciente.</p>"
                                ),
                            },
                            {
                                "question": "Después: converse con el intérprete y documente",
                                "answer": (
                                    "<p>Dé al intérprete la oportunidad de mencionar problemas de "
                                    "comunicación o culturales que haya notado. Documente el "
                                    "nombre o número de identificación del intérprete y la "
                                    "modalidad (en persona, por video o por teléfono), según la "
                                    "práctica de su institución. Entregue instrucciones escritas "
                                    "en el idioma del paciente siempre que sea posible.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "El mejor elogio que recibo es cuando la familia olvida que estoy en "
                            "la sala y le habla directamente al médico. Eso significa que la "
                            "conversación es de ellos."
                        ),
                        "attribution": "Graciela Montaño",
                        "role": "Intérprete médica certificada, centro médico académico",
                    },
                ),
                ("heading", {"text": "Cómo convertirlo en rutina", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>El acceso lingüístico funciona mejor cuando forma parte del sistema y "
                        "no depende de la buena voluntad de cada persona. Pregunte si su clínica "
                        "registra el idioma preferido al momento del registro, si los dispositivos "
                        "de interpretación por video son fáciles de encontrar y cuánto esperan los "
                        "pacientes a un intérprete. Si una línea telefónica es difícil de "
                        "conseguir o un equipo no funciona, repórtelo como cualquier otro problema "
                        "de seguridad. La lista de verificación de una página que acompaña esta "
                        "guía puede quedarse en una estación de trabajo o compartirse con el "
                        "personal nuevo.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "responding-to-bias-pocket-card",
        "type": "toolkit",
        "topic": "racial-informed-care",
        "specialties": [],
        "stages": ["student", "resident", "early_career", "mid_late_career"],
        "minutes": 8,
        "reviewed_days_ago": 60,
        "featured": False,
        "documents": [
            {
                "filename": "responding-to-bias-pocket-card.txt",
                "text": (
                    "RESPONDING TO A BIASED REMARK - POCKET CARD\n"
                    "Safety first: if a situation is escalating, step out and call for help.\n"
                    "\n"
                    "1. PAUSE\n"
                    "   Breathe. You can respond now, later, or ask someone else to step in.\n"
                    "\n"
                    "2. PICK A RESPONSE\n"
                    "   From a patient:\n"
                    "   - “I'm the doctor (nurse, pharmacist) caring for you today. Let's focus on "
                    "your care.”\n"
                    "   - “Comments like that aren't acceptable here. I'm still going to make sure "
                    "you get good care.”\n"
                    "   - If care is refused because of race: bring in your supervisor or charge "
                    "nurse. You don't have to decide alone.\n"
                    "   From a colleague:\n"
                    "   - “What did you mean by that?”\n"
                    "   - “That sounded like a stereotype. Can we stick to the clinical facts?”\n"
                    "   - “I'd like to talk about that comment later. When works for you?”\n"
                    "   As a bystander:\n"
                    "   - “Let's get back to the plan.” (interrupt)\n"
                    "   - “That comment wasn't okay. How are you doing?” (check in afterward)\n"
                    "   - “If you decide to report it, I'm willing to be a witness.”\n"
                    "\n"
                    "3. WRITE IT DOWN (same day)\n"
                    "   Date, time, place / exact words / who was present / what you did / how "
                    "care was affected\n"
                    "\n"
                    "4. REPORT (your choice, your institution's channels)\n"
                    "   Supervisor, program director or nursing leadership / incident or "
                    "patient-safety report /\n"
                    "   office for equal employment or discrimination concerns / student affairs "
                    "(learners)\n"
                    "\n"
                    "5. GET SUPPORT\n"
                    "   Mentor or trusted colleague / employee assistance program / mental-health "
                    "professional\n"
                    "   In crisis: call or text 988, or chat at 988lifeline.org. Immediate danger: "
                    "call 911.\n"
                    "\n"
                    "ESPAÑOL\n"
                    "CÓMO RESPONDER A UN COMENTARIO SESGADO - TARJETA DE BOLSILLO\n"
                    "Primero la seguridad: si la situación se agrava, salga y pida ayuda.\n"
                    "\n"
                    "1. HAGA UNA PAUSA\n"
                    "   Respire. Puede responder ahora, más tarde o pedir que otra persona "
                    "intervenga.\n"
                    "\n"
                    "2. ELIJA UNA RESPUESTA\n"
                    "   Si viene de un paciente:\n"
                    "   - “Soy el médico (la enfermera, el farmacéutico) que le atiende hoy. "
                    "Concentrémonos en su atención.”\n"
                    "   - “Aquí no se aceptan comentarios así. Igual me aseguraré de que reciba "
                    "una buena atención.”\n"
                    "   - Si rechaza la atención por motivos de raza: llame a su supervisor o a la "
                    "enfermera a cargo. No tiene que decidirlo a solas.\n"
                    "   Si viene de un colega:\n"
                    "   - “¿Qué quiso decir con eso?”\n"
                    "   - “Eso sonó a estereotipo. ¿Podemos limitarnos a los datos clínicos?”\n"
                    "   - “Me gustaría hablar de ese comentario más tarde. ¿Cuándo le viene "
                    "bien?”\n"
                    "   Como testigo:\n"
                    "   - “Volvamos al plan.” (interrumpir)\n"
                    "   - “Ese comentario no estuvo bien. ¿Cómo está?” (preguntar después)\n"
                    "   - “Si decide reportarlo, cuente conmigo como testigo.”\n"
                    "\n"
                    "3. DÉJELO POR ESCRITO (el mismo día)\n"
                    "   Fecha, hora, lugar / palabras exactas / quién estaba presente / qué hizo "
                    "usted / efecto en la atención\n"
                    "\n"
                    "4. REPORTE (usted decide, por los canales de su institución)\n"
                    "   Supervisor, director del programa o liderazgo de enfermería / reporte de "
                    "incidentes o de seguridad\n"
                    "   del paciente / oficina de igualdad de oportunidades o discriminación / "
                    "asuntos estudiantiles\n"
                    "\n"
                    "5. BUSQUE APOYO\n"
                    "   Mentor o colega de confianza / programa de asistencia al empleado / "
                    "profesional de salud mental\n"
                    "   En crisis: llame o envíe un texto al 988, o chatee en 988lifeline.org. "
                    "Peligro inmediato: llame al 911.\n"
                ),
                "en": {"title": "Responding to bias: pocket card (TXT)"},
                "es": {"title": "Cómo responder a los sesgos: tarjeta de bolsillo (TXT)"},
            },
        ],
        "links": [],
        "related": [
            "course:responding-to-racism-in-clinical-settings",
            "responding-to-racism-from-patients-recording",
            "eeoc-workplace-harassment-rights",
        ],
        "en": {
            "title": "Responding to a biased remark: pocket card",
            "introduction": (
                "Short phrases for the moment a patient or colleague says something biased, plus "
                "steps for documenting, reporting and getting support afterward. Print it or save "
                "it to your phone."
            ),
            "body": [
                ("heading", {"text": "How to use this card", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>When a remark lands, most people freeze for a second. That is normal. "
                        "Having a few phrases ready can shorten the freeze and help you respond in "
                        "a way that fits your values, your role and the situation. You do not have "
                        "to respond perfectly, or even in the moment: coming back to it later is "
                        "also a response.</p><p>Safety comes first, for you, the patient and the "
                        "team. If a situation is escalating, step out and get help.</p>"
                    ),
                ),
                ("heading", {"text": "Three quick approaches", "level": "h2"}),
                (
                    "accordion",
                    {
                        "heading": "Approaches and sample phrases",
                        "items": [
                            {
                                "question": "Redirect to care (remarks from patients)",
                                "answer": (
                                    "<p>Acknowledge, set a limit and return to the clinical task: "
                                    "“I'm the doctor on your team today, and I'm here to help with "
                                    "your pain. Let's focus on that.” If a patient refuses care "
                                    "from you because of your race, bring in your supervisor or "
                                    "charge nurse. Decisions about reassignment should weigh "
                                    "medical urgency, the patient's decision-making capacity and "
                                    "your well-being, and should never rest on you alone.</p>"
                                ),
                            },
                            {
                                "question": "Name it calmly (remarks from colleagues)",
                                "answer": (
                                    "<p>Describe what you heard and its impact, without a lecture: "
                                    "“When you said that about patients from that neighborhood, it "
                                    "sounded like a stereotype. Can we keep to the clinical "
                                    "facts?” A question also works: “What did you mean by "
                                    "that?”</p>"
                                ),
                            },
                            {
                                "question": "Support the person targeted (as a bystander)",
                                "answer": (
                                    "<p>You can interrupt (“Let's get back to the plan”), check in "
                                    "privately afterward (“That comment wasn't okay. How are you "
                                    "doing?”) and offer to be a witness if they decide to report. "
                                    "Ask what they want before acting on their behalf.</p>"
                                ),
                            },
                        ],
                    },
                ),
                ("heading", {"text": "After the moment", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Write down what happened while it is fresh: date, time, place, exact "
                        "words, who was present and what you did. Then decide whether to report. "
                        "Options usually include your supervisor or program director, nursing "
                        "leadership, your institution's incident or patient-safety reporting "
                        "system, and the office that handles discrimination or equal employment "
                        "concerns. Students can also contact their school's student affairs "
                        "office.</p><p>If an incident affects your sleep, focus or mood, reach out "
                        "to a mentor, your employee assistance program or a mental-health "
                        "professional. If you are in crisis, call or text 988 or chat at <a "
                        'href="https://988lifeline.org/">988lifeline.org</a>. This card is '
                        "general guidance, not legal advice; your institution's policies describe "
                        "the reporting channels available to you.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Cómo responder a un comentario sesgado: tarjeta de bolsillo",
            "introduction": (
                "Frases breves para el momento en que un paciente o un colega dice algo sesgado, "
                "además de pasos para documentar, reportar y buscar apoyo después. Imprímala o "
                "guárdela en su teléfono."
            ),
            "body": [
                ("heading", {"text": "Cómo usar esta tarjeta", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Cuando llega un comentario así, la mayoría de las personas se paraliza "
                        "por un segundo. Es normal. Tener algunas frases preparadas puede acortar "
                        "ese momento y ayudarle a responder de acuerdo con sus valores, su función "
                        "y la situación. No tiene que responder a la perfección, ni siquiera en "
                        "ese instante: retomar el tema más tarde también es una "
                        "respuesta.</p><p>La seguridad es lo primero, la suya, la del paciente y "
                        "la del equipo. Si la situación se agrava, salga y pida ayuda.</p>"
                    ),
                ),
                ("heading", {"text": "Tres enfoques rápidos", "level": "h2"}),
                (
                    "accordion",
                    {
                        "heading": "Enfoques y frases de ejemplo",
                        "items": [
                            {
                                "question": "Volver a la atención (comentarios de pacientes)",
                                "answer": (
                                    "<p>Reconozca lo dicho, ponga un límite y vuelva a la tarea "
                                    "clínica: “Soy el médico de su equipo hoy y estoy aquí para "
                                    "ayudarle con su dolor. Concentrémonos en eso”. Si un paciente "
                                    "rechaza su atención por su raza, llame a su supervisor o a la "
                                    "enfermera a cargo. Las decisiones sobre un cambio de "
                                    "asignación deben considerar la urgencia médica, la capacidad "
                                    "del paciente para tomar decisiones y el bienestar de usted, y "
                                    "nunca deben recaer solo en usted.</p>"
                                ),
                            },
                            {
                                "question": "Nombrarlo con calma (comentarios de colegas)",
                                "answer": (
                                    "<p>Describa lo que escuchó y su efecto, sin sermones: “Cuando "
                                    "dijo eso sobre los pacientes de ese barrio, sonó a "
                                    "estereotipo. ¿Podemos limitarnos a los datos clínicos?”. Una "
                                    "pregunta también funciona: “¿Qué quiso decir con eso?”.</p>"
                                ),
                            },
                            {
                                "question": "Apoyar a la persona afectada (como testigo)",
                                "answer": (
                                    "<p>Puede interrumpir (“Volvamos al plan”), hablar en privado "
                                    "después (“Ese comentario no estuvo bien. ¿Cómo está?”) y "
                                    "ofrecerse como testigo si la persona decide reportarlo. "
                                    "Pregúntele qué desea antes de actuar en su nombre.</p>"
                                ),
                            },
                        ],
                    },
                ),
                ("heading", {"text": "Después del momento", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Anote lo ocurrido mientras lo tiene fresco: fecha, hora, lugar, "
                        "palabras exactas, quién estaba presente y qué hizo usted. Luego decida si "
                        "lo reporta. Las opciones suelen incluir a su supervisor o director del "
                        "programa, el liderazgo de enfermería, el sistema de reporte de incidentes "
                        "o de seguridad del paciente de su institución y la oficina que atiende "
                        "casos de discriminación o de igualdad de oportunidades en el empleo. Los "
                        "estudiantes también pueden acudir a la oficina de asuntos estudiantiles "
                        "de su escuela.</p><p>Si un incidente afecta su sueño, su concentración o "
                        "su estado de ánimo, busque a un mentor, al programa de asistencia al "
                        "empleado o a un profesional de salud mental. Si está en crisis, llame o "
                        "envíe un texto al 988, o chatee en <a "
                        'href="https://988lifeline.org/">988lifeline.org</a>. Esta tarjeta es '
                        "una orientación general, no asesoría legal; las políticas de su "
                        "institución describen los canales de reporte a su disposición.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "structural-competency-case-worksheet",
        "type": "template",
        "topic": "racial-informed-care",
        "specialties": ["family-medicine", "internal-medicine", "public-health"],
        "stages": ["pre_health", "student", "resident"],
        "minutes": 20,
        "reviewed_days_ago": 120,
        "featured": False,
        "documents": [
            {
                "filename": "structural-competency-case-worksheet.csv",
                "text": (
                    "Domain / Ámbito,Question to ask / Pregunta sugerida,What I know / Lo que "
                    "sé,Still to learn / Lo que falta saber,Action this month / Acción este "
                    "mes,Who can help / Quién puede ayudar\n"
                    "EXAMPLE - Medication cost / EJEMPLO - Costo de medicamentos,How often is it "
                    "hard to pay for your medicines? / ¿Con qué frecuencia le cuesta pagar sus "
                    "medicamentos?,Skips insulin doses at month end / Omite dosis de insulina a "
                    "fin de mes,Which insulin the plan covers / Qué insulina cubre su plan,Switch "
                    "to a covered insulin; check assistance programs / Cambiar a una insulina "
                    "cubierta; revisar programas de ayuda,Pharmacist / Farmacéutico\n"
                    "Health insurance / Seguro médico,What coverage do you have now? Any gaps "
                    "coming up? / ¿Qué cobertura tiene ahora? ¿Se acerca alguna "
                    "interrupción?,,,,Financial counselor / Consejero financiero\n"
                    "Medication cost / Costo de medicamentos,How often is it hard to pay for your "
                    "medicines? / ¿Con qué frecuencia le cuesta pagar sus "
                    "medicamentos?,,,,Pharmacist / Farmacéutico\n"
                    "Housing stability / Estabilidad de vivienda,Are you worried about losing your "
                    "housing? / ¿Le preocupa perder su vivienda?,,,,Social worker / Trabajador "
                    "social\n"
                    'Housing conditions / Condiciones de vivienda,"Any mold, pests, lack of heat '
                    "or lead concerns? / ¿Hay moho, plagas, falta de calefacción o riesgo de "
                    'plomo?",,,,Social worker; legal aid / Trabajador social; asistencia legal\n'
                    'Food / Alimentación,"In the past year, did food run out before there was '
                    "money to buy more? / En el último año, ¿se acabó la comida antes de tener "
                    'dinero para comprar más?",,,,Community health worker / Promotor de salud\n'
                    "Transportation / Transporte,How do you get to appointments and the pharmacy? "
                    "/ ¿Cómo llega a sus citas y a la farmacia?,,,,Care coordinator / Coordinador "
                    "de atención\n"
                    "Work schedule / Horario de trabajo,Can you take time off for appointments "
                    "without losing pay? / ¿Puede ausentarse para sus citas sin perder "
                    "salario?,,,,Care team; employer forms / Equipo de atención; formularios del "
                    "empleador\n"
                    "Caregiving / Cuidado de otras personas,Do you care for children or other "
                    "relatives? / ¿Cuida de niños u otros familiares?,,,,Social worker / "
                    "Trabajador social\n"
                    "Utilities and phone / Servicios y teléfono,Can we reach you by phone or text? "
                    "Any shutoff notices? / ¿Podemos comunicarnos por teléfono o texto? ¿Tiene "
                    "avisos de corte?,,,,Care coordinator / Coordinador de atención\n"
                    "Language and literacy / Idioma y lectura,Which language do you prefer for "
                    "talking and for reading? / ¿Qué idioma prefiere para hablar y para "
                    "leer?,,,,Interpreter services / Servicio de intérpretes\n"
                    "Digital access / Acceso digital,Can you use the patient portal or video "
                    "visits? / ¿Puede usar el portal del paciente o las consultas por "
                    "video?,,,,Clinic staff / Personal de la clínica\n"
                    "Neighborhood safety / Seguridad del vecindario,Is it safe to walk or exercise "
                    "near your home? / ¿Es seguro caminar o hacer ejercicio cerca de su "
                    "casa?,,,,Community partners / Aliados comunitarios\n"
                    "Immigration-related fears / Temores migratorios,Do worries about immigration "
                    "status affect getting care? (ask only if relevant) / ¿Le preocupa su "
                    "situación migratoria al buscar atención? (solo si es pertinente),,,,Legal "
                    "aid; social worker / Asistencia legal; trabajador social\n"
                    "Past experiences of care / Experiencias previas de atención,Has anything in "
                    "past care made it hard to trust clinics? / ¿Algo en su atención anterior le "
                    "hizo difícil confiar en las clínicas?,,,,Care team / Equipo de atención\n"
                    'Clinic policies / Políticas de la clínica,"Do our hours, forms or referral '
                    "rules create a barrier? / ¿Nuestros horarios, formularios o reglas de "
                    'derivación crean una barrera?",,,,Clinic manager / Gerente de la clínica\n'
                    "Clinical tools / Herramientas clínicas,Does any calculator or guideline in "
                    "this plan use race? / ¿Alguna calculadora o guía de este plan usa la "
                    "raza?,,,,Pharmacist; specialist / Farmacéutico; especialista\n"
                    "Documentation / Documentación,Does the chart describe barriers as facts "
                    "rather than as character? / ¿La historia clínica describe las barreras como "
                    "hechos y no como rasgos de carácter?,,,,Preceptor / Preceptor\n"
                    "Strengths / Fortalezas,Who or what helps you stay well? / ¿Qué personas o "
                    "cosas le ayudan a mantenerse bien?,,,,Patient and family / Paciente y "
                    "familia\n"
                    "Patient priorities / Prioridades del paciente,What matters most to you about "
                    "your health right now? / ¿Qué es lo más importante para usted sobre su salud "
                    "ahora?,,,,Patient / Paciente\n"
                ),
                "en": {"title": "Structural competency case worksheet (CSV)"},
                "es": {"title": "Hoja de trabajo de competencia estructural para un caso (CSV)"},
            },
        ],
        "links": [],
        "related": ["race-in-clinical-algorithms-egfr", "working-with-medical-interpreters"],
        "en": {
            "title": "Structural competency case worksheet",
            "introduction": (
                "A worksheet for looking past individual behavior to the housing, work, insurance "
                "and policy factors that shape a patient's health, and for turning what you find "
                "into actions your team can take."
            ),
            "body": [
                ("heading", {"text": "What structural competency means", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Structural competency is a framework that asks clinicians to recognize "
                        "how institutions, policies and economic conditions shape health, "
                        "alongside individual choices and biology. A patient who “misses” insulin "
                        "doses may be rationing because of cost; a patient who skips physical "
                        "therapy may work two jobs without paid leave. Naming those forces changes "
                        "the plan, and it often changes how the team talks about the "
                        "patient.</p><p>The framework also asks us to look at our own systems: "
                        "clinic hours, referral rules, forms available only in English, or "
                        "documentation habits that label patients “noncompliant” without asking "
                        "why.</p>"
                    ),
                ),
                ("heading", {"text": "How to use the worksheet", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ol><li>Choose one patient you know well. Remove names and other "
                        "identifiers before sharing the worksheet with anyone.</li><li>Work "
                        "through each domain in the spreadsheet. Write what you know, and mark "
                        "what you have not learned yet. The first row is a worked "
                        "example.</li><li>For each barrier, note one thing the team can do this "
                        "month and who can help: a social worker, community health worker, "
                        "pharmacist, financial counselor or legal aid partner.</li><li>Review it "
                        "with a colleague or preceptor. Ask yourselves: what did we assume, and "
                        "what did we confirm with the patient?</li></ol>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Tips for a respectful conversation",
                        "items": [
                            {
                                "question": "Ask permission first",
                                "answer": (
                                    "<p>Explain why you are asking: “Things outside the clinic can "
                                    "make a plan harder to follow. Is it all right if I ask about "
                                    "a few of them?” Patients can decline any question.</p>"
                                ),
                            },
                            {
                                "question": "Use wording that makes it easy to answer honestly",
                                "answer": (
                                    "<p>Ask “How often is it hard to pay for your medicines?” "
                                    "rather than “Can you afford your medicines?”, which invites a "
                                    "quick yes.</p>"
                                ),
                            },
                            {
                                "question": "Keep the worksheet from becoming a judgment",
                                "answer": (
                                    "<p>The aim is to change the plan and the system, not to grade "
                                    "the patient. Record barriers as facts about circumstances, "
                                    "not as character traits.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Many health systems now screen for health-related social needs such as "
                        "food, housing, transportation and utilities. Ask whether your clinic "
                        "already uses a screening tool, so you can build on it instead of asking "
                        "patients the same questions twice.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Hoja de trabajo de competencia estructural para un caso",
            "introduction": (
                "Una hoja de trabajo para mirar más allá de la conducta individual, hacia la "
                "vivienda, el trabajo, el seguro y las políticas que influyen en la salud de un "
                "paciente, y convertir lo que encuentre en acciones que su equipo pueda tomar."
            ),
            "body": [
                ("heading", {"text": "Qué significa la competencia estructural", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>La competencia estructural es un marco que invita a los profesionales "
                        "clínicos a reconocer cómo las instituciones, las políticas y las "
                        "condiciones económicas influyen en la salud, junto con las decisiones "
                        "individuales y la biología. Un paciente que “olvida” dosis de insulina "
                        "quizá la esté racionando por el costo; un paciente que falta a "
                        "fisioterapia quizá tenga dos trabajos sin permisos pagados. Nombrar esas "
                        "fuerzas cambia el plan y, a menudo, cambia la forma en que el equipo "
                        "habla del paciente.</p><p>El marco también nos pide mirar nuestros "
                        "propios sistemas: los horarios de la clínica, las reglas de derivación, "
                        "los formularios disponibles solo en inglés o los hábitos de documentación "
                        "que califican a los pacientes de “incumplidores” sin preguntar por "
                        "qué.</p>"
                    ),
                ),
                ("heading", {"text": "Cómo usar la hoja de trabajo", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ol><li>Elija a un paciente que conozca bien. Elimine el nombre y "
                        "cualquier otro dato identificatorio antes de compartir la hoja con "
                        "alguien.</li><li>Recorra cada ámbito de la hoja de cálculo. Escriba lo "
                        "que sabe y marque lo que todavía no ha averiguado. La primera fila es un "
                        "ejemplo resuelto.</li><li>Para cada barrera, anote una acción que el "
                        "equipo pueda tomar este mes y quién puede ayudar: trabajo social, un "
                        "promotor de salud, farmacia, un consejero financiero o un aliado de "
                        "asistencia legal.</li><li>Revísela con un colega o preceptor. "
                        "Pregúntense: ¿qué supusimos y qué confirmamos con el paciente?</li></ol>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Consejos para una conversación respetuosa",
                        "items": [
                            {
                                "question": "Pida permiso primero",
                                "answer": (
                                    "<p>Explique por qué pregunta: “Hay cosas fuera de la clínica "
                                    "que pueden dificultar seguir un plan. ¿Le parece bien si le "
                                    "pregunto por algunas de ellas?”. El paciente puede no "
                                    "responder cualquier pregunta.</p>"
                                ),
                            },
                            {
                                "question": "Use palabras que faciliten una respuesta sincera",
                                "answer": (
                                    "<p>Pregunte “¿Con qué frecuencia le cuesta pagar sus "
                                    "medicamentos?” en lugar de “¿Puede pagar sus medicamentos?”, "
                                    "que invita a un sí rápido.</p>"
                                ),
                            },
                            {
                                "question": "Evite que la hoja se convierta en un juicio",
                                "answer": (
                                    "<p>El objetivo es cambiar el plan y el sistema, no calificar "
                                    "al paciente. Registre las barreras como hechos sobre las "
                                    "circunstancias, no como rasgos de carácter.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Muchos sistemas de salud ya evalúan las necesidades sociales "
                        "relacionadas con la salud, como la alimentación, la vivienda, el "
                        "transporte y los servicios básicos. Pregunte si su clínica ya usa una "
                        "herramienta de evaluación, para apoyarse en ella en lugar de hacer las "
                        "mismas preguntas dos veces.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "responding-to-racism-from-patients-recording",
        "type": "video",
        "topic": "racial-informed-care",
        "specialties": [],
        "stages": ["student", "resident", "early_career"],
        "minutes": 52,
        "reviewed_days_ago": 90,
        "featured": False,
        "documents": [],
        "links": [
            {
                "url": (
                    "https://media.hub.example.org/recordings/responding-to-racism-from-patients"
                ),
                "en": {
                    "title": "Watch the recording",
                    "description": "The full 52-minute workshop, with English captions.",
                },
                "es": {
                    "title": "Vea la grabación",
                    "description": "El taller completo de 52 minutos, con subtítulos en inglés.",
                },
            },
        ],
        "related": [
            "responding-to-bias-pocket-card",
            "course:responding-to-racism-in-clinical-settings",
        ],
        "en": {
            "title": "Recording: responding to racism from patients while keeping care safe",
            "introduction": (
                "A recorded Hub workshop with Dr. Nia Holloway and Dr. Leona Whitehorse on what to "
                "say, whom to call and how to recover when a patient directs racism at you or a "
                "teammate."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>This workshop was recorded live with Hub members, most of them "
                        "residents and early-career nurses and physicians. This summary lets you "
                        "use it without watching the recording. Names in the cases are fictional, "
                        "and personal stories were removed.</p>"
                    ),
                ),
                ("heading", {"text": "Key points", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li><b>Safety comes first</b>, the patient's and yours. A racist "
                        "remark does not cancel the duty to provide care, but it does not oblige "
                        "anyone to absorb abuse.</li><li><b>Separate emergencies from "
                        "preferences.</b> In an emergency, care goes ahead with whoever is "
                        "available. When the patient is stable, a request for reassignment can be "
                        "considered, as a team decision made with leadership, never by the "
                        "targeted clinician alone.</li><li><b>Set the limit once, clearly, then "
                        "return to care.</b> Long debates at the bedside rarely "
                        "help.</li><li><b>Leaders check in the same shift.</b> A short, private "
                        "conversation matters more than a perfect policy.</li><li><b>Document and "
                        "report</b>, so that patterns become visible and the institution can "
                        "act.</li></ul>"
                    ),
                ),
                ("heading", {"text": "Highlights from the session", "level": "h2"}),
                (
                    "accordion",
                    {
                        "heading": "Session highlights",
                        "items": [
                            {
                                "question": "Opening: why these moments hurt in a particular way",
                                "answer": (
                                    "<p>Dr. Holloway described the double bind clinicians of color "
                                    "face: staying professional and focused on the patient while "
                                    "being personally targeted, often in front of silent "
                                    "colleagues. She asked participants to treat their first "
                                    "reaction as information, not as a failure.</p>"
                                ),
                            },
                            {
                                "question": "Case 1: a patient asks for a “different” nurse",
                                "answer": (
                                    "<p>Dr. Whitehorse walked through the charge nurse's role: "
                                    "talk with the patient away from the nurse, state the "
                                    "hospital's expectations, assess medical urgency and the "
                                    "patient's decision-making capacity, and then ask the nurse "
                                    "what they prefer. She stressed that reassigning without "
                                    "asking the nurse can feel like a second rejection.</p>"
                                ),
                            },
                            {
                                "question": "Case 2: a slur from a patient with delirium",
                                "answer": (
                                    "<p>The group discussed how illness can explain behavior "
                                    "without erasing its impact. Participants suggested treating "
                                    "the delirium, using a brief, neutral limit, rotating staff if "
                                    "the remarks continue, and debriefing as a team at the end of "
                                    "the shift.</p>"
                                ),
                            },
                            {
                                "question": "Case 3: a relative questions a resident's credentials",
                                "answer": (
                                    "<p>Senior team members can step in early: “Dr. Okoye is the "
                                    "physician leading your father's care today, and I work "
                                    "closely with her.” Backing a colleague publicly, then "
                                    "checking in privately, was the most requested form of support "
                                    "in the room.</p>"
                                ),
                            },
                            {
                                "question": "Closing: caring for yourself and each other",
                                "answer": (
                                    "<p>Both speakers encouraged participants to have someone they "
                                    "can call after a hard shift, to use their employee assistance "
                                    "program, and to remember that the 988 Suicide and Crisis "
                                    "Lifeline is available by call, text or chat.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "What changed my shift was the charge nurse saying, in front of the "
                            "patient, “We handle this together.” I didn't have to defend myself "
                            "alone."
                        ),
                        "attribution": "Workshop participant",
                        "role": "Emergency nurse, second year of practice",
                    },
                ),
            ],
        },
        "es": {
            "title": (
                "Grabación: cómo responder al racismo de los pacientes sin poner en riesgo la "
                "atención"
            ),
            "introduction": (
                "Un taller grabado del Hub con la Dra. Nia Holloway y la Dra. Leona Whitehorse "
                "sobre qué decir, a quién llamar y cómo recuperarse cuando un paciente dirige "
                "comentarios racistas contra usted o un compañero."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Este taller se grabó en vivo con miembros del Hub, en su mayoría "
                        "residentes y profesionales de enfermería y medicina que inician su "
                        "carrera. Este resumen le permite aprovecharlo sin ver la grabación. Los "
                        "nombres de los casos son ficticios y se eliminaron las historias "
                        "personales.</p>"
                    ),
                ),
                ("heading", {"text": "Puntos clave", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li><b>La seguridad es lo primero</b>, la del paciente y la suya. Un "
                        "comentario racista no anula el deber de brindar atención, pero no obliga "
                        "a nadie a soportar maltrato.</li><li><b>Distinga las emergencias de las "
                        "preferencias.</b> En una emergencia, la atención sigue con quien esté "
                        "disponible. Si el paciente está estable, un cambio de asignación puede "
                        "considerarse como decisión del equipo con el liderazgo, nunca de la "
                        "persona afectada a solas.</li><li><b>Ponga el límite una vez, con "
                        "claridad, y vuelva a la atención.</b> Los debates largos junto a la cama "
                        "rara vez ayudan.</li><li><b>Los líderes hablan con la persona afectada en "
                        "el mismo turno.</b> Una charla breve y privada vale más que una política "
                        "perfecta.</li><li><b>Documente y reporte</b>, para que los patrones se "
                        "hagan visibles y la institución pueda actuar.</li></ul>"
                    ),
                ),
                ("heading", {"text": "Lo más destacado de la sesión", "level": "h2"}),
                (
                    "accordion",
                    {
                        "heading": "Momentos destacados",
                        "items": [
                            {
                                "question": (
                                    "Apertura: por qué estos momentos duelen de una forma "
                                    "particular"
                                ),
                                "answer": (
                                    "<p>La Dra. Holloway describió el doble dilema que enfrentan "
                                    "los profesionales clínicos de color: mantener la "
                                    "profesionalidad y la atención en el paciente mientras reciben "
                                    "un ataque personal, a menudo ante colegas que callan. Pidió "
                                    "tratar la primera reacción como información, no como un "
                                    "fracaso.</p>"
                                ),
                            },
                            {
                                "question": "Caso 1: un paciente pide una enfermera “diferente”",
                                "answer": (
                                    "<p>La Dra. Whitehorse explicó el papel de la enfermera a "
                                    "cargo: hablar con el paciente a solas, expresar las "
                                    "expectativas del hospital, evaluar la urgencia médica y la "
                                    "capacidad del paciente para decidir, y luego preguntar a la "
                                    "enfermera afectada qué prefiere. Cambiar la asignación sin "
                                    "preguntarle puede sentirse como un segundo rechazo.</p>"
                                ),
                            },
                            {
                                "question": "Caso 2: un insulto de un paciente con delirio",
                                "answer": (
                                    "<p>El grupo analizó cómo la enfermedad puede explicar una "
                                    "conducta sin borrar su impacto. Se propuso tratar el delirio, "
                                    "poner un límite breve y neutral, rotar al personal si los "
                                    "comentarios siguen y conversar en equipo al final del "
                                    "turno.</p>"
                                ),
                            },
                            {
                                "question": (
                                    "Caso 3: un familiar cuestiona las credenciales de una "
                                    "residente"
                                ),
                                "answer": (
                                    "<p>Los miembros con más experiencia pueden intervenir pronto: "
                                    "“La Dra. Okoye es la médica que dirige hoy la atención de su "
                                    "padre, y yo trabajo de cerca con ella”. Respaldar a una "
                                    "colega en público y luego hablar con ella en privado fue la "
                                    "forma de apoyo más solicitada en la sala.</p>"
                                ),
                            },
                            {
                                "question": "Cierre: cuidarse y cuidar a los demás",
                                "answer": (
                                    "<p>Ambas ponentes animaron a los participantes a tener a "
                                    "alguien a quien llamar después de un turno difícil, a usar su "
                                    "programa de asistencia al empleado y a recordar que la Línea "
                                    "988 de Prevención del Suicidio y Crisis atiende por llamada, "
                                    "texto o chat.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Lo que cambió mi turno fue que la enfermera a cargo dijera, delante "
                            "del paciente: “Esto lo resolvemos juntos”. No tuve que defenderme "
                            "sola."
                        ),
                        "attribution": "Participante del taller",
                        "role": "Enfermera de urgencias, segundo año de práctica",
                    },
                ),
            ],
        },
    },
    {
        "slug": "eeoc-workplace-harassment-rights",
        "type": "link",
        "topic": "racial-informed-care",
        "specialties": [],
        "stages": ["resident", "early_career", "mid_late_career"],
        "minutes": 6,
        "reviewed_days_ago": 150,
        "featured": False,
        "documents": [],
        "links": [
            {
                "url": "https://www.eeoc.gov/",
                "en": {
                    "title": "U.S. Equal Employment Opportunity Commission (EEOC)",
                    "description": (
                        "Plain-language explanations of workplace discrimination and harassment, "
                        "your protection against retaliation, and how and when to file a charge."
                    ),
                },
                "es": {
                    "title": "U.S. Equal Employment Opportunity Commission (EEOC)",
                    "description": (
                        "Explicaciones claras sobre la discriminación y el acoso en el trabajo, la "
                        "protección contra represalias y cómo y cuándo presentar un cargo. Parte "
                        "del contenido está disponible en español."
                    ),
                },
            },
        ],
        "related": [
            "responding-to-bias-pocket-card",
            "course:responding-to-racism-in-clinical-settings",
        ],
        "en": {
            "title": "EEOC: your rights when discrimination or harassment happens at work",
            "introduction": (
                "The federal agency that enforces workplace anti-discrimination laws explains what "
                "counts as harassment, how retaliation is prohibited and what deadlines apply if "
                "you decide to file a charge."
            ),
            "body": [
                ("heading", {"text": "What you will find there", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The Equal Employment Opportunity Commission (EEOC) enforces federal "
                        "laws that prohibit employment discrimination, including Title VII of the "
                        "Civil Rights Act of 1964, which covers race, color, religion, sex and "
                        "national origin. Its site explains what harassment is, how employers are "
                        "expected to respond and how you are protected from retaliation for "
                        "reporting. According to EEOC guidance, an employer can also be "
                        "responsible for harassment by non-employees, such as patients or "
                        "visitors, if it knew or should have known and did not act.</p>"
                    ),
                ),
                ("heading", {"text": "How to use it", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ol><li>Start with the pages on harassment and retaliation, then the "
                        "section on filing a charge.</li><li>Note the deadlines. A charge "
                        "generally must be filed within 180 calendar days of the incident, or 300 "
                        "days where a state or local agency enforces a similar law. Federal "
                        "employees follow a different process with a shorter window. Confirm the "
                        "deadline that applies to you on the site.</li><li>Keep using your "
                        "institution's internal channels and keep dated notes; the two paths can "
                        "run at the same time.</li><li>For advice about your own situation, talk "
                        "with an employment lawyer or, if you have one, your union or house staff "
                        "association.</li></ol><p>Residents and fellows are usually employees of "
                        "their training institution. Students who are not employees may be "
                        "protected by other laws; their school's policies explain where to go. "
                        "This is general information, not legal advice.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "EEOC: sus derechos ante la discriminación o el acoso en el trabajo",
            "introduction": (
                "La agencia federal que aplica las leyes contra la discriminación laboral explica "
                "qué se considera acoso, cómo se prohíben las represalias y qué plazos se aplican "
                "si decide presentar un cargo."
            ),
            "body": [
                ("heading", {"text": "Qué encontrará allí", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>La Comisión para la Igualdad de Oportunidades en el Empleo (EEOC) "
                        "aplica las leyes federales que prohíben la discriminación laboral, entre "
                        "ellas el Título VII de la Ley de Derechos Civiles de 1964, que abarca la "
                        "raza, el color, la religión, el sexo y el origen nacional. Su sitio "
                        "explica qué es el acoso, cómo se espera que respondan los empleadores y "
                        "cómo está usted protegido contra las represalias por denunciar. Según las "
                        "orientaciones de la EEOC, un empleador también puede ser responsable del "
                        "acoso de personas que no son empleadas, como pacientes o visitantes, si "
                        "sabía o debía saber lo que ocurría y no actuó.</p>"
                    ),
                ),
                ("heading", {"text": "Cómo usarlo", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ol><li>Comience por las páginas sobre acoso y represalias, y luego lea "
                        "la sección sobre cómo presentar un cargo.</li><li>Anote los plazos. Por "
                        "lo general, un cargo debe presentarse dentro de los 180 días naturales "
                        "posteriores al incidente, o de 300 días donde una agencia estatal o local "
                        "aplica una ley similar. Los empleados federales siguen otro proceso con "
                        "un plazo más corto. Confirme en el sitio el plazo que le "
                        "corresponde.</li><li>Siga usando los canales internos de su institución y "
                        "lleve notas con fecha; ambos caminos pueden avanzar al mismo "
                        "tiempo.</li><li>Para recibir asesoría sobre su situación concreta, "
                        "consulte a un abogado laboral o, si lo tiene, a su sindicato o asociación "
                        "de residentes.</li></ol><p>Los residentes y fellows suelen ser empleados "
                        "de su institución de formación. Los estudiantes que no son empleados "
                        "pueden estar protegidos por otras leyes; las políticas de su escuela "
                        "indican a dónde acudir. Esta es información general, no asesoría "
                        "legal.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "mentor-request-note-template",
        "type": "template",
        "topic": "career-advancement",
        "specialties": [],
        "stages": ["pre_health", "student", "resident", "early_career"],
        "minutes": 10,
        "reviewed_days_ago": 25,
        "featured": True,
        "documents": [
            {
                "filename": "mentor-request-note-template.txt",
                "text": (
                    "MENTOR REQUEST NOTE - TEMPLATE\n"
                    "Replace everything in [brackets]. Keep the message under 200 words.\n"
                    "\n"
                    "SUBJECT LINE (choose one)\n"
                    "- Request for a 20-minute conversation about [specialty or career path]\n"
                    "- [Name of mutual contact] suggested I reach out about [topic]\n"
                    "\n"
                    "MESSAGE\n"
                    "Dear Dr. [Last name],\n"
                    "\n"
                    "My name is [your name], and I am a [stage: e.g. second-year nursing student / "
                    "PGY-1 in internal medicine] at [school or program]. [How you found them: We "
                    "met at ... / I found your profile in the Hub mentor directory / Dr. ... "
                    "suggested I contact you.]\n"
                    "\n"
                    "I am writing because [one specific reason, e.g. your path from bedside "
                    "nursing into administration] is close to what I hope to do. Right now I am "
                    "[one or two sentences about where you are and the decision in front of you].\n"
                    "\n"
                    "Would you be open to a 20-minute call or video chat in the next few weeks? I "
                    "would like to ask about [one or two specific questions]. If it works well for "
                    "both of us, I would welcome checking in [once a month / once a term], but I "
                    "understand if your time is limited.\n"
                    "\n"
                    "I have attached [my CV / a short summary] in case it is useful. Thank you for "
                    "considering my request.\n"
                    "\n"
                    "With appreciation,\n"
                    "[Full name]\n"
                    "[Program and year] | [Email] | [Phone, optional]\n"
                    "\n"
                    "FOLLOW-UP (if there is no reply after about two weeks)\n"
                    "Dear Dr. [Last name], I am following up on my note of [date]. If a call is "
                    "not possible right now, I would be grateful for the name of someone else you "
                    "would suggest I contact. Thank you again.\n"
                    "\n"
                    "THANK-YOU NOTE (within 24 hours of the conversation)\n"
                    "Thank you for your time today. Your advice about [specific point] was "
                    "especially helpful, and I plan to [next step] by [date]. I will send you a "
                    "short update then.\n"
                    "\n"
                    "BEFORE YOU SEND\n"
                    "[ ] Name, title and credentials spelled correctly\n"
                    "[ ] One clear, specific request (time and format)\n"
                    "[ ] Under 200 words; no attachments larger than a CV\n"
                    "[ ] Sent from a professional email address\n"
                    "\n"
                    "ESPAÑOL\n"
                    "NOTA PARA PEDIR MENTORÍA - PLANTILLA\n"
                    "Reemplace todo lo que está entre [corchetes]. Mantenga el mensaje por debajo "
                    "de 200 palabras.\n"
                    "\n"
                    "ASUNTO (elija uno)\n"
                    "- Solicitud de una conversación de 20 minutos sobre [especialidad o "
                    "trayectoria profesional]\n"
                    "- [Nombre del contacto en común] me sugirió escribirle sobre [tema]\n"
                    "\n"
                    "MENSAJE\n"
                    "Estimada Dra. / Estimado Dr. [Apellido]:\n"
                    "\n"
                    "Me llamo [su nombre] y soy [etapa: p. ej., estudiante de segundo año de "
                    "enfermería / residente de primer año de medicina interna] en [escuela o "
                    "programa]. [Cómo le conoció: Nos conocimos en ... / Encontré su perfil en el "
                    "directorio de mentores del Hub / La Dra. ... me sugirió escribirle.]\n"
                    "\n"
                    "Le escribo porque [una razón concreta, p. ej., su paso de la enfermería "
                    "clínica a la administración] se parece a lo que espero hacer. En este momento "
                    "[una o dos frases sobre su situación y la decisión que tiene por delante].\n"
                    "\n"
                    "¿Estaría dispuesta/o a una llamada o videollamada de 20 minutos en las "
                    "próximas semanas? Me gustaría preguntarle sobre [una o dos preguntas "
                    "concretas]. Si funciona bien para ambos, me encantaría conversar [una vez al "
                    "mes / una vez por semestre], pero entiendo si su tiempo es limitado.\n"
                    "\n"
                    "Adjunto [mi CV / un breve resumen] por si le resulta útil. Gracias por "
                    "considerar mi solicitud.\n"
                    "\n"
                    "Con agradecimiento,\n"
                    "[Nombre completo]\n"
                    "[Programa y año] | [Correo electrónico] | [Teléfono, opcional]\n"
                    "\n"
                    "SEGUIMIENTO (si no hay respuesta después de unas dos semanas)\n"
                    "Estimada Dra. / Estimado Dr. [Apellido]: le escribo para dar seguimiento a mi "
                    "mensaje del [fecha]. Si una llamada no es posible ahora, le agradecería el "
                    "nombre de otra persona a quien me sugiera contactar. Gracias nuevamente.\n"
                    "\n"
                    "NOTA DE AGRADECIMIENTO (dentro de las 24 horas siguientes a la conversación)\n"
                    "Gracias por su tiempo hoy. Su consejo sobre [punto concreto] me resultó "
                    "especialmente útil, y pienso [siguiente paso] antes del [fecha]. Le enviaré "
                    "entonces una breve actualización.\n"
                    "\n"
                    "ANTES DE ENVIAR\n"
                    "[ ] Nombre, cargo y credenciales escritos correctamente\n"
                    "[ ] Una solicitud clara y concreta (tiempo y formato)\n"
                    "[ ] Menos de 200 palabras; ningún adjunto más extenso que un CV\n"
                    "[ ] Enviado desde un correo electrónico profesional\n"
                ),
                "en": {"title": "Mentor request note template (TXT)"},
                "es": {"title": "Plantilla de nota para pedir mentoría (TXT)"},
            },
        ],
        "links": [],
        "related": [
            "first-mentorship-meeting-kit",
            "mentors-sponsors-and-your-personal-board",
            "course:career-plan-mentors-and-sponsors",
        ],
        "en": {
            "title": "Mentor request note template",
            "introduction": (
                "A short, fill-in-the-blanks note for asking someone to be your mentor, with a "
                "follow-up message, a thank-you note and a checklist to review before you press "
                "send."
            ),
            "body": [
                ("heading", {"text": "Asking is a skill, not an imposition", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Most experienced clinicians remember someone who made time for them, "
                        "and many are glad to do the same. What makes a request easy to accept is "
                        "not polish but clarity: who you are, why you chose this person and "
                        "exactly what you are asking for. The template gives you the structure; "
                        "your specifics make it work.</p>"
                    ),
                ),
                ("heading", {"text": "What makes a request easy to say yes to", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li><b>A specific reason.</b> Name the part of their path or work "
                        "that connects to your goals. “I admire your career” is kind but hard to "
                        "act on.</li><li><b>A small first step.</b> Ask for one 20-minute "
                        "conversation, not a lifelong commitment. Mentorship usually grows from a "
                        "first conversation that went well.</li><li><b>Where you are now.</b> One "
                        "or two sentences about your stage and the decision in front of you help "
                        "the mentor prepare.</li><li><b>An easy exit.</b> Saying you understand if "
                        "their time is limited makes a yes feel freely given.</li></ul>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Common questions",
                        "items": [
                            {
                                "question": "Should I use the word “mentor” in the first message?",
                                "answer": (
                                    "<p>Often it is better to ask for a conversation first and let "
                                    "the relationship develop. If you are contacting someone "
                                    "through a formal program, such as the Hub's mentor directory, "
                                    "using the word is perfectly fine because they have already "
                                    "volunteered.</p>"
                                ),
                            },
                            {
                                "question": "What if they say no or do not answer?",
                                "answer": (
                                    "<p>Send one follow-up after about two weeks, then move on. A "
                                    "no is almost always about their capacity, not about you. Ask "
                                    "whether they can suggest someone else; many will.</p>"
                                ),
                            },
                            {
                                "question": "Should my mentor share my background?",
                                "answer": (
                                    "<p>It can help to have at least one mentor who understands "
                                    "your experience as a BIPOC student or clinician. You will "
                                    "also benefit from mentors with different backgrounds and "
                                    "roles. Most people build a small team of mentors over time "
                                    "rather than relying on one.</p>"
                                ),
                            },
                            {
                                "question": "How formal should I be?",
                                "answer": (
                                    "<p>Use the person's title and last name in the first message "
                                    "unless they have already asked you to use their first name. "
                                    "Keep the tone warm and brief.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "I say yes to almost every student who asks for twenty minutes and "
                            "brings one real question. Vague requests are harder, only because I "
                            "don't know how to help."
                        ),
                        "attribution": "Dr. Teodoro Vásquez",
                        "role": "Pediatric hospitalist and Hub mentor",
                    },
                ),
            ],
        },
        "es": {
            "title": "Plantilla de nota para pedir mentoría",
            "introduction": (
                "Una nota breve para completar, con la que puede pedirle a alguien que sea su "
                "mentor, además de un mensaje de seguimiento, una nota de agradecimiento y una "
                "lista para revisar antes de enviar."
            ),
            "body": [
                ("heading", {"text": "Pedir es una habilidad, no una molestia", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>La mayoría de los profesionales clínicos con experiencia recuerdan a "
                        "alguien que les dedicó tiempo, y muchos se alegran de hacer lo mismo. Lo "
                        "que hace fácil aceptar una solicitud no es la elegancia, sino la "
                        "claridad: quién es usted, por qué eligió a esa persona y qué le pide "
                        "exactamente. La plantilla le da la estructura; sus detalles concretos "
                        "hacen que funcione.</p>"
                    ),
                ),
                ("heading", {"text": "Qué hace que sea fácil decir que sí", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li><b>Una razón concreta.</b> Mencione la parte de su trayectoria o "
                        "de su trabajo que se relaciona con sus metas. “Admiro su carrera” es "
                        "amable, pero difícil de convertir en acción.</li><li><b>Un primer paso "
                        "pequeño.</b> Pida una conversación de 20 minutos, no un compromiso de por "
                        "vida. La mentoría suele nacer de una primera conversación que salió "
                        "bien.</li><li><b>Dónde está usted ahora.</b> Una o dos frases sobre su "
                        "etapa y la decisión que tiene por delante ayudan al mentor a "
                        "prepararse.</li><li><b>Una salida fácil.</b> Decir que entiende si su "
                        "tiempo es limitado hace que el sí se sienta libre.</li></ul>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Preguntas frecuentes",
                        "items": [
                            {
                                "question": "¿Debo usar la palabra “mentor” en el primer mensaje?",
                                "answer": (
                                    "<p>A menudo es mejor pedir primero una conversación y dejar "
                                    "que la relación se desarrolle. Si contacta a alguien por un "
                                    "programa formal, como el directorio de mentores del Hub, usar "
                                    "la palabra está perfectamente bien, porque esa persona ya se "
                                    "ofreció como voluntaria.</p>"
                                ),
                            },
                            {
                                "question": "¿Y si me dice que no o no responde?",
                                "answer": (
                                    "<p>Envíe un solo mensaje de seguimiento después de unas dos "
                                    "semanas y luego siga adelante. Un no casi siempre tiene que "
                                    "ver con su disponibilidad, no con usted. Pregúntele si puede "
                                    "sugerirle a otra persona; muchos lo hacen.</p>"
                                ),
                            },
                            {
                                "question": "¿Mi mentor debe compartir mi origen?",
                                "answer": (
                                    "<p>Puede ayudar tener al menos un mentor que entienda su "
                                    "experiencia como estudiante o profesional BIPOC. También le "
                                    "beneficiarán mentores con otros orígenes y funciones. La "
                                    "mayoría de las personas forman con el tiempo un pequeño "
                                    "equipo de mentores en lugar de depender de uno solo.</p>"
                                ),
                            },
                            {
                                "question": "¿Qué tan formal debo ser?",
                                "answer": (
                                    "<p>Use el título y el apellido de la persona en el primer "
                                    "mensaje, a menos que ya le haya pedido que la llame por su "
                                    "nombre. Mantenga un tono cálido y breve.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Digo que sí a casi todos los estudiantes que me piden veinte minutos "
                            "y traen una pregunta real. Las solicitudes vagas son más difíciles, "
                            "solo porque no sé cómo ayudar."
                        ),
                        "attribution": "Dr. Teodoro Vásquez",
                        "role": "Hospitalista pediátrico y mentor del Hub",
                    },
                ),
            ],
        },
    },
    {
        "slug": "first-mentorship-meeting-kit",
        "type": "toolkit",
        "topic": "career-advancement",
        "specialties": [],
        "stages": ["pre_health", "student", "resident", "early_career"],
        "minutes": 12,
        "reviewed_days_ago": 75,
        "featured": False,
        "documents": [
            {
                "filename": "first-mentorship-meeting-agenda.txt",
                "text": (
                    "FIRST MENTORSHIP MEETING - AGENDA (40 minutes)\n"
                    "Send this agenda to your mentor a few days ahead, with any questions you want "
                    "to focus on.\n"
                    "\n"
                    "0-5 min    Introductions: where each of us trained, what we do now, one thing "
                    "outside work\n"
                    "5-15 min   My goals: where I am, the next decision in front of me, what I "
                    "want in 1 and 5 years\n"
                    "15-25 min  My mentor's perspective: their path, what they wish they had "
                    "known, their advice on my goals\n"
                    "25-35 min  How we will work together (agree and write down):\n"
                    "           - How often we meet and for how long\n"
                    "           - Format: video, phone, in person\n"
                    "           - Best way to reach each other between meetings, and expected "
                    "reply time\n"
                    "           - Confidentiality: what stays between us\n"
                    "           - When we will check whether the mentorship is working (e.g. after "
                    "3 meetings)\n"
                    "35-40 min  Next steps: 1-3 actions for me, any introductions offered, date of "
                    "the next meeting\n"
                    "\n"
                    "NOTES\n"
                    "Advice I want to remember:\n"
                    "My actions and deadlines:\n"
                    "Next meeting date:\n"
                    "\n"
                    "AFTER THE MEETING\n"
                    "[ ] Thank-you note sent within 24 hours\n"
                    "[ ] Agreed details saved where I can find them\n"
                    "[ ] Reminder set two weeks before the next meeting to send an update\n"
                    "\n"
                    "ESPAÑOL\n"
                    "PRIMERA REUNIÓN DE MENTORÍA - AGENDA (40 minutos)\n"
                    "Envíe esta agenda a su mentor unos días antes, con las preguntas en las que "
                    "desea concentrarse.\n"
                    "\n"
                    "0-5 min    Presentaciones: dónde nos formamos, qué hacemos hoy, algo fuera "
                    "del trabajo\n"
                    "5-15 min   Mis metas: dónde estoy, la próxima decisión que tengo por delante, "
                    "qué quiero en 1 y en 5 años\n"
                    "15-25 min  La perspectiva de mi mentor: su trayectoria, lo que le hubiera "
                    "gustado saber, sus consejos\n"
                    "25-35 min  Cómo trabajaremos juntos (acordar y anotar):\n"
                    "           - Con qué frecuencia nos reunimos y por cuánto tiempo\n"
                    "           - Formato: video, teléfono, en persona\n"
                    "           - Mejor forma de contacto entre reuniones y tiempo de respuesta "
                    "esperado\n"
                    "           - Confidencialidad: qué queda entre nosotros\n"
                    "           - Cuándo revisaremos si la mentoría funciona (p. ej., después de 3 "
                    "reuniones)\n"
                    "35-40 min  Próximos pasos: 1 a 3 acciones para mí, presentaciones ofrecidas, "
                    "fecha de la próxima reunión\n"
                    "\n"
                    "NOTAS\n"
                    "Consejos que quiero recordar:\n"
                    "Mis acciones y plazos:\n"
                    "Fecha de la próxima reunión:\n"
                    "\n"
                    "DESPUÉS DE LA REUNIÓN\n"
                    "[ ] Nota de agradecimiento enviada dentro de las 24 horas\n"
                    "[ ] Acuerdos guardados en un lugar donde pueda encontrarlos\n"
                    "[ ] Recordatorio dos semanas antes de la próxima reunión para enviar una "
                    "actualización\n"
                ),
                "en": {"title": "First mentorship meeting agenda (TXT)"},
                "es": {"title": "Agenda para la primera reunión de mentoría (TXT)"},
            },
        ],
        "links": [],
        "related": ["mentor-request-note-template", "course:career-plan-mentors-and-sponsors"],
        "en": {
            "title": "Your first mentorship meeting: agenda and preparation kit",
            "introduction": (
                "A 40-minute agenda, questions worth asking and a short list of agreements to "
                "make, so that your first meeting with a new mentor ends with a plan rather than "
                "just a pleasant chat."
            ),
            "body": [
                ("heading", {"text": "Prepare in 20 minutes", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>A mentor can only help with what they know about. Before the meeting, "
                        "write down three things: where you are now, the next decision in front of "
                        "you and what you would like to be true in one year. Send the agenda a few "
                        "days ahead with one or two questions you most want to discuss. If you "
                        "have a CV or a short summary, attach it; your mentor should not have to "
                        "research you.</p>"
                    ),
                ),
                ("heading", {"text": "Agree on how you will work together", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Many mentorships fade not because anyone lost interest but because no "
                        "one agreed on the basics. Use the middle of the meeting to settle how "
                        "often you will meet, how you will reach each other, what stays "
                        "confidential and when you will check whether the arrangement is working. "
                        "Write it down and send a summary afterward. As the mentee, you own the "
                        "scheduling and the follow-up.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Questions worth asking",
                        "items": [
                            {
                                "question": "About their path",
                                "answer": (
                                    "<p>What was a turning point in your career? What do you wish "
                                    "someone had told you at my stage? Which decision looks "
                                    "different to you now than it did at the time?</p>"
                                ),
                            },
                            {
                                "question": "About your goals",
                                "answer": (
                                    "<p>Given what I have told you, what would you do next in my "
                                    "place? What am I not asking that I should be? Who else should "
                                    "I talk to?</p>"
                                ),
                            },
                            {
                                "question": "About navigating as a BIPOC clinician",
                                "answer": (
                                    "<p>Only if the mentor is open to it: How have you handled "
                                    "being the only person of color in a room? How do you decide "
                                    "which committee or service requests to accept?</p>"
                                ),
                            },
                        ],
                    },
                ),
                ("heading", {"text": "After the meeting", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Send a thank-you note within a day that names one piece of advice you "
                        "will act on. Two weeks before your next meeting, send a short update: "
                        "what you did, what happened and what you would like to discuss. Mentors "
                        "stay engaged when they can see their advice being used.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Su primera reunión de mentoría: agenda y guía de preparación",
            "introduction": (
                "Una agenda de 40 minutos, preguntas que vale la pena hacer y una breve lista de "
                "acuerdos, para que su primera reunión con un nuevo mentor termine con un plan y "
                "no solo con una charla agradable."
            ),
            "body": [
                ("heading", {"text": "Prepárese en 20 minutos", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Un mentor solo puede ayudar con lo que conoce. Antes de la reunión, "
                        "anote tres cosas: dónde está ahora, la próxima decisión que tiene por "
                        "delante y qué le gustaría que fuera realidad dentro de un año. Envíe la "
                        "agenda unos días antes con una o dos preguntas que más le interese "
                        "conversar. Si tiene un CV o un breve resumen, adjúntelo; su mentor no "
                        "debería tener que investigarle.</p>"
                    ),
                ),
                ("heading", {"text": "Acuerden cómo trabajarán juntos", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Muchas mentorías se apagan no porque alguien pierda el interés, sino "
                        "porque nadie acordó lo básico. Use la parte central de la reunión para "
                        "definir con qué frecuencia se verán, cómo se comunicarán, qué será "
                        "confidencial y cuándo revisarán si el acuerdo funciona. Anótelo y envíe "
                        "un resumen después. Como mentorado, a usted le corresponden la "
                        "programación y el seguimiento.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Preguntas que vale la pena hacer",
                        "items": [
                            {
                                "question": "Sobre su trayectoria",
                                "answer": (
                                    "<p>¿Cuál fue un momento decisivo en su carrera? ¿Qué le "
                                    "hubiera gustado que alguien le dijera en mi etapa? ¿Qué "
                                    "decisión ve hoy de otra manera que en aquel momento?</p>"
                                ),
                            },
                            {
                                "question": "Sobre sus metas",
                                "answer": (
                                    "<p>Con lo que le he contado, ¿qué haría usted a continuación "
                                    "en mi lugar? ¿Qué no estoy preguntando que debería preguntar? "
                                    "¿Con quién más debería hablar?</p>"
                                ),
                            },
                            {
                                "question": "Sobre su experiencia como profesional BIPOC",
                                "answer": (
                                    "<p>Solo si el mentor está dispuesto: ¿Cómo ha manejado ser la "
                                    "única persona de color en una sala? ¿Cómo decide qué "
                                    "solicitudes de comités o servicios aceptar?</p>"
                                ),
                            },
                        ],
                    },
                ),
                ("heading", {"text": "Después de la reunión", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Envíe una nota de agradecimiento dentro del día siguiente en la que "
                        "mencione un consejo que va a poner en práctica. Dos semanas antes de la "
                        "próxima reunión, envíe una breve actualización: qué hizo, qué pasó y de "
                        "qué le gustaría hablar. Los mentores se mantienen comprometidos cuando "
                        "ven que sus consejos se aprovechan.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "surgery-residency-personal-statement-planner",
        "type": "template",
        "topic": "career-advancement",
        "specialties": ["general-surgery"],
        "stages": ["student"],
        "minutes": 25,
        "reviewed_days_ago": 200,
        "featured": False,
        "documents": [
            {
                "filename": "surgery-personal-statement-planner.txt",
                "text": (
                    "SURGERY RESIDENCY PERSONAL STATEMENT PLANNER\n"
                    "Work through the steps in order. Check the current ERAS season's instructions "
                    "on aamc.org for length and format.\n"
                    "\n"
                    "STEP 1 - BRAINSTORM (15 minutes, no editing)\n"
                    "List 5 moments from clinical work, research, jobs or life that pulled you "
                    "toward surgery:\n"
                    "1.\n"
                    "2.\n"
                    "3.\n"
                    "4.\n"
                    "5.\n"
                    "\n"
                    "STEP 2 - CHOOSE YOUR CENTRAL STORY\n"
                    "Which moment shows who you are as a future surgeon, not just that you like "
                    "the operating room?\n"
                    "What did you do, think or learn in that moment?\n"
                    "\n"
                    "STEP 3 - SHOW THE QUALITIES PROGRAMS LOOK FOR (one concrete example each)\n"
                    "Teamwork under pressure:\n"
                    "Reliability and follow-through:\n"
                    "Learning from a mistake or setback:\n"
                    "Commitment to patients before and after the operation:\n"
                    "Your community, service or equity interests:\n"
                    "\n"
                    "STEP 4 - OUTLINE (about one page in total)\n"
                    "Paragraph 1: the central story, told briefly\n"
                    "Paragraph 2: what the story shows and how your interest in surgery grew\n"
                    "Paragraph 3: evidence from rotations, research or work (use STEP 3)\n"
                    "Paragraph 4: what you want from residency and your goals after training\n"
                    "\n"
                    "STEP 5 - REVISION CHECKLIST\n"
                    "[ ] Could only you have written this statement?\n"
                    "[ ] Patient details changed or removed to protect privacy\n"
                    "[ ] No repeated CV list; every example says something new\n"
                    "[ ] A separate, honest statement for any preliminary or backup specialty\n"
                    "[ ] Read aloud; reviewed by a mentor and by someone outside medicine\n"
                    "\n"
                    "ESPAÑOL\n"
                    "PLANIFICADOR DE LA DECLARACIÓN PERSONAL PARA RESIDENCIA EN CIRUGÍA\n"
                    "Siga los pasos en orden. Revise en aamc.org las instrucciones vigentes de "
                    "ERAS sobre extensión y formato.\n"
                    "\n"
                    "PASO 1 - LLUVIA DE IDEAS (15 minutos, sin corregir)\n"
                    "Anote 5 momentos de su trabajo clínico, investigación, empleos o vida que le "
                    "acercaron a la cirugía:\n"
                    "1.\n"
                    "2.\n"
                    "3.\n"
                    "4.\n"
                    "5.\n"
                    "\n"
                    "PASO 2 - ELIJA SU HISTORIA CENTRAL\n"
                    "¿Qué momento muestra quién es usted como futuro cirujano, y no solo que le "
                    "gusta el quirófano?\n"
                    "¿Qué hizo, pensó o aprendió en ese momento?\n"
                    "\n"
                    "PASO 3 - MUESTRE LAS CUALIDADES QUE BUSCAN LOS PROGRAMAS (un ejemplo concreto "
                    "de cada una)\n"
                    "Trabajo en equipo bajo presión:\n"
                    "Responsabilidad y constancia:\n"
                    "Aprender de un error o de un revés:\n"
                    "Compromiso con los pacientes antes y después de la operación:\n"
                    "Sus intereses de comunidad, servicio o equidad:\n"
                    "\n"
                    "PASO 4 - ESQUEMA (alrededor de una página en total)\n"
                    "Párrafo 1: la historia central, contada brevemente\n"
                    "Párrafo 2: lo que muestra la historia y cómo creció su interés por la "
                    "cirugía\n"
                    "Párrafo 3: evidencia de rotaciones, investigación o trabajo (use el PASO 3)\n"
                    "Párrafo 4: lo que busca en la residencia y sus metas después de la formación\n"
                    "\n"
                    "PASO 5 - LISTA DE REVISIÓN\n"
                    "[ ] ¿Solo usted podría haber escrito esta declaración?\n"
                    "[ ] Datos de pacientes cambiados o eliminados para proteger su privacidad\n"
                    "[ ] Sin repetir la lista del CV; cada ejemplo aporta algo nuevo\n"
                    "[ ] Una declaración aparte y honesta para cualquier especialidad preliminar o "
                    "alternativa\n"
                    "[ ] Leída en voz alta; revisada por un mentor y por alguien ajeno a la "
                    "medicina\n"
                ),
                "en": {"title": "Surgery personal statement planner (TXT)"},
                "es": {"title": "Planificador de la declaración personal para cirugía (TXT)"},
            },
        ],
        "links": [
            {
                "url": "https://www.aamc.org/",
                "en": {
                    "title": "Association of American Medical Colleges (AAMC)",
                    "description": (
                        "Home of the Electronic Residency Application Service (ERAS). Check the "
                        "current season's instructions for the personal statement and application "
                        "timeline."
                    ),
                },
                "es": {
                    "title": "Association of American Medical Colleges (AAMC)",
                    "description": (
                        "Sede del sistema de solicitudes de residencia ERAS (Electronic Residency "
                        "Application Service). Consulte las instrucciones vigentes de la temporada "
                        "para la declaración personal y el calendario de solicitudes."
                    ),
                },
            },
        ],
        "related": ["mentor-request-note-template", "course:career-plan-mentors-and-sponsors"],
        "en": {
            "title": "Personal statement planner for surgery residency applicants",
            "introduction": (
                "A step-by-step planner for medical students applying to general surgery: find "
                "your central story, back it with evidence programs care about and revise it into "
                "about one strong page."
            ),
            "body": [
                ("heading", {"text": "What the statement is for", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Program directors read the personal statement to learn what your "
                        "scores and CV cannot show: why surgery, what kind of colleague you will "
                        "be at 3 a.m., and what you hope to do with your training. A clear, "
                        "specific page helps interviewers start a real conversation with you. It "
                        "rarely needs to be dramatic; it needs to be yours.</p><p>Application "
                        "rules change from season to season. Check the current instructions for "
                        "the Electronic Residency Application Service (ERAS) on aamc.org for "
                        "length limits, how to assign statements to programs and any program "
                        "signaling process in your specialty.</p>"
                    ),
                ),
                ("heading", {"text": "How to use the planner", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ol><li><b>Brainstorm first, without editing.</b> List moments that "
                        "pulled you toward surgery, including ones outside medicine: a job, a "
                        "family responsibility, a skill you built.</li><li><b>Choose one central "
                        "story</b> that shows how you think and act, not only that you enjoyed the "
                        "operating room.</li><li><b>Add evidence</b> of the qualities surgical "
                        "programs value: teamwork under pressure, reliability, learning from "
                        "setbacks and commitment to patients before and after the "
                        "operation.</li><li><b>Outline four paragraphs</b>, then write, and revise "
                        "with at least one surgeon mentor.</li></ol>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Common pitfalls and how to avoid them",
                        "items": [
                            {
                                "question": "Leaning on clichés",
                                "answer": (
                                    "<p>“I like working with my hands” or “I love the immediate "
                                    "results” can be true, but they are not distinctive. Follow "
                                    "any such line with a concrete example from your own "
                                    "experience.</p>"
                                ),
                            },
                            {
                                "question": "Making a patient the hero of your story",
                                "answer": (
                                    "<p>A patient encounter can be powerful, but the statement "
                                    "should focus on what you did and learned. Change or remove "
                                    "details so the patient cannot be identified.</p>"
                                ),
                            },
                            {
                                "question": "Hiding a setback",
                                "answer": (
                                    "<p>If there is a gap, a failed exam or a change of direction, "
                                    "a brief, factual explanation of what you learned is usually "
                                    "stronger than silence. Ask your advisor where it belongs.</p>"
                                ),
                            },
                            {
                                "question": "Using one statement for everything",
                                "answer": (
                                    "<p>If you also apply to preliminary positions or a second "
                                    "specialty, write a separate, honest statement for each rather "
                                    "than swapping a few words.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        "es": {
            "title": (
                "Planificador de la declaración personal para aspirantes a residencia en cirugía"
            ),
            "introduction": (
                "Un planificador paso a paso para estudiantes de medicina que solicitan cirugía "
                "general: encuentre su historia central, respáldela con la evidencia que valoran "
                "los programas y conviértala en una página sólida."
            ),
            "body": [
                ("heading", {"text": "Para qué sirve la declaración", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Los directores de programa leen la declaración personal para conocer "
                        "lo que sus puntajes y su CV no muestran: por qué cirugía, qué tipo de "
                        "colega será usted a las 3 de la mañana y qué espera hacer con su "
                        "formación. Una página clara y concreta ayuda a los entrevistadores a "
                        "iniciar una conversación real con usted. Rara vez necesita ser dramática; "
                        "necesita ser suya.</p><p>Las reglas de solicitud cambian de una temporada "
                        "a otra. Consulte en aamc.org las instrucciones vigentes del Electronic "
                        "Residency Application Service (ERAS), el sistema de solicitudes de "
                        "residencia, sobre límites de extensión, cómo asignar declaraciones a los "
                        "programas y cualquier proceso de señales a programas en su "
                        "especialidad.</p>"
                    ),
                ),
                ("heading", {"text": "Cómo usar el planificador", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ol><li><b>Primero, una lluvia de ideas sin corregir.</b> Anote los "
                        "momentos que le acercaron a la cirugía, incluidos algunos fuera de la "
                        "medicina: un empleo, una responsabilidad familiar, una habilidad que "
                        "desarrolló.</li><li><b>Elija una historia central</b> que muestre cómo "
                        "piensa y actúa, no solo que disfrutó el quirófano.</li><li><b>Agregue "
                        "evidencia</b> de las cualidades que valoran los programas de cirugía: "
                        "trabajo en equipo bajo presión, responsabilidad, aprender de los reveses "
                        "y compromiso con los pacientes antes y después de la "
                        "operación.</li><li><b>Haga un esquema de cuatro párrafos</b>, luego "
                        "escriba y revise con al menos un mentor cirujano.</li></ol>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Errores comunes y cómo evitarlos",
                        "items": [
                            {
                                "question": "Apoyarse en frases hechas",
                                "answer": (
                                    "<p>“Me gusta trabajar con las manos” o “Me encantan los "
                                    "resultados inmediatos” pueden ser ciertas, pero no le "
                                    "distinguen. Acompañe cualquier frase así con un ejemplo "
                                    "concreto de su propia experiencia.</p>"
                                ),
                            },
                            {
                                "question": "Convertir a un paciente en el protagonista",
                                "answer": (
                                    "<p>Un encuentro con un paciente puede ser poderoso, pero la "
                                    "declaración debe centrarse en lo que usted hizo y aprendió. "
                                    "Cambie o elimine detalles para que el paciente no pueda ser "
                                    "identificado.</p>"
                                ),
                            },
                            {
                                "question": "Ocultar un revés",
                                "answer": (
                                    "<p>Si hay una interrupción, un examen reprobado o un cambio "
                                    "de rumbo, una explicación breve y objetiva de lo que aprendió "
                                    "suele ser más sólida que el silencio. Pregunte a su asesor "
                                    "dónde conviene incluirla.</p>"
                                ),
                            },
                            {
                                "question": "Usar una sola declaración para todo",
                                "answer": (
                                    "<p>Si también solicita puestos preliminares o una segunda "
                                    "especialidad, escriba una declaración aparte y honesta para "
                                    "cada uno en lugar de cambiar unas pocas palabras.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    },
    {
        "slug": "mentors-sponsors-and-your-personal-board",
        "type": "guide",
        "topic": "career-advancement",
        "specialties": [],
        "stages": ["student", "resident", "early_career", "mid_late_career"],
        "minutes": 15,
        "reviewed_days_ago": 45,
        "featured": False,
        "documents": [],
        "links": [],
        "related": [
            "mentor-request-note-template",
            "asking-for-sponsorship-podcast",
            "course:career-plan-mentors-and-sponsors",
        ],
        "en": {
            "title": "Mentors, sponsors and your personal board of advisors",
            "introduction": (
                "No single person can guide a whole career. This guide explains the different "
                "roles people can play for you, why sponsorship matters so much for BIPOC "
                "clinicians, and how to build a small, reliable team around your goals."
            ),
            "body": [
                ("heading", {"text": "Different people, different roles", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>“Mentor” is often used for anyone who helps your career, but it helps "
                        "to be more precise. Each role answers a different "
                        "need:</p><ul><li><b>Mentor:</b> offers advice, perspective and "
                        "encouragement over time. Talks <i>with</i> you.</li><li><b>Sponsor:</b> "
                        "uses their influence on your behalf: recommends you for a role, nominates "
                        "you for an award, puts your name forward for a committee or a talk. Talks "
                        "<i>about</i> you when you are not in the room.</li><li><b>Coach:</b> "
                        "helps you build a specific skill, such as leading a team meeting or "
                        "negotiating, often for a defined period.</li><li><b>Advisor:</b> holds "
                        "formal responsibility for part of your path, such as a residency program "
                        "director or a research advisor.</li><li><b>Peer mentor:</b> a colleague "
                        "at a similar stage who shares information, solidarity and practical "
                        "tips.</li></ul>"
                    ),
                ),
                ("heading", {"text": "Why sponsorship matters", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Mentorship builds skills and confidence; sponsorship opens doors. Many "
                        "leadership roles, speaking invitations and promotions are filled through "
                        "recommendations before a position is ever posted. Clinicians who are "
                        "underrepresented in medicine often report having mentors but fewer "
                        "sponsors, and they are frequently asked to take on diversity work, "
                        "committee service and informal mentoring that is not always recognized in "
                        "promotion decisions. This extra, often invisible load is sometimes called "
                        "the “minority tax.”</p><p>A sponsor cannot be assigned to you, and "
                        "sponsorship is not a favor. It is usually earned through visible, "
                        "reliable work and a relationship in which the sponsor knows your goals. "
                        "You can make that easier by saying clearly what you want next.</p>"
                    ),
                ),
                ("heading", {"text": "Build your personal board", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Think of your support network as a small board of advisors, not one "
                        "perfect mentor. A practical way to start:</p><ol><li><b>List your needs "
                        "for the next year or two.</b> For example: clinical skills, research or "
                        "quality improvement, career navigation, leadership, finances, well-being, "
                        "and someone who understands your experience as a person of color in "
                        "health care.</li><li><b>Write a name next to each need.</b> One person "
                        "may cover several; some needs may have no name yet. Those blanks are your "
                        "search list.</li><li><b>Include at least one potential sponsor,</b> "
                        "usually someone senior in your institution or field who has seen your "
                        "work.</li><li><b>Review the board every six to twelve months.</b> Needs "
                        "change as you move from student to resident to attending or manager, and "
                        "relationships change with them.</li></ol>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "My chair did not become my sponsor because I asked. She became my "
                            "sponsor after I ran the same quality project well for two years, and "
                            "then told her I wanted to lead the next one."
                        ),
                        "attribution": "Dr. Adaeze Nwankwo-Reyes",
                        "role": "Emergency physician and associate residency program director",
                    },
                ),
                ("heading", {"text": "Being a mentee people want to invest in", "level": "h2"}),
                (
                    "accordion",
                    {
                        "heading": "Practical habits",
                        "items": [
                            {
                                "question": "Own the logistics",
                                "answer": (
                                    "<p>Propose times, send agendas and keep brief notes. Your "
                                    "mentor's time is a gift; make it easy to give.</p>"
                                ),
                            },
                            {
                                "question": "Close the loop",
                                "answer": (
                                    "<p>When you act on advice, say so, and say what happened. "
                                    "This is the single habit mentors mention most often as the "
                                    "reason they stay engaged.</p>"
                                ),
                            },
                            {
                                "question": "Ask for sponsorship directly",
                                "answer": (
                                    "<p>Try: “I'm hoping to join the clinical operations committee "
                                    "next year. If you think I'm ready, would you be willing to "
                                    "recommend me?” A clear request respects the sponsor's "
                                    "judgment and gives them something concrete to do.</p>"
                                ),
                            },
                            {
                                "question": "Let relationships change",
                                "answer": (
                                    "<p>If a mentorship is no longer helping, thank the person, "
                                    "say your needs have shifted and keep the door open. Ending "
                                    "well is part of building a network.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        "es": {
            "title": "Mentores, patrocinadores y su consejo asesor personal",
            "introduction": (
                "Ninguna persona puede guiar por sí sola toda una carrera. Esta guía explica los "
                "distintos papeles que otras personas pueden cumplir para usted, por qué el "
                "patrocinio importa tanto a los profesionales BIPOC y cómo formar un equipo "
                "pequeño y confiable en torno a sus metas."
            ),
            "body": [
                ("heading", {"text": "Distintas personas, distintos papeles", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Se suele llamar “mentor” a cualquiera que ayuda en una carrera, pero "
                        "conviene ser más preciso. Cada papel responde a una necesidad "
                        "distinta:</p><ul><li><b>Mentor:</b> ofrece consejo, perspectiva y ánimo a "
                        "lo largo del tiempo. Habla <i>con</i> usted.</li><li><b>Patrocinador "
                        "(sponsor):</b> usa su influencia en su favor: le recomienda para un "
                        "puesto, le nomina para un premio, propone su nombre para un comité o una "
                        "conferencia. Habla <i>de</i> usted cuando usted no está "
                        "presente.</li><li><b>Coach:</b> le ayuda a desarrollar una habilidad "
                        "concreta, como dirigir una reunión de equipo o negociar, a menudo durante "
                        "un período definido.</li><li><b>Asesor:</b> tiene una responsabilidad "
                        "formal sobre parte de su camino, como el director de su programa de "
                        "residencia o su asesor de investigación.</li><li><b>Mentor par:</b> un "
                        "colega en una etapa parecida que comparte información, solidaridad y "
                        "consejos prácticos.</li></ul>"
                    ),
                ),
                ("heading", {"text": "Por qué importa el patrocinio", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>La mentoría desarrolla habilidades y confianza; el patrocinio abre "
                        "puertas. Muchos puestos de liderazgo, invitaciones a dar conferencias y "
                        "ascensos se cubren mediante recomendaciones antes de que se publique la "
                        "vacante. Los profesionales clínicos subrepresentados en la medicina "
                        "suelen contar que tienen mentores pero menos patrocinadores, y con "
                        "frecuencia se les pide asumir tareas de diversidad, servicio en comités y "
                        "mentoría informal que no siempre se reconocen al decidir los ascensos. A "
                        "esta carga adicional, a menudo invisible, a veces se le llama “impuesto "
                        "de las minorías” (minority tax).</p><p>Un patrocinador no se asigna, y el "
                        "patrocinio no es un favor. Por lo general se gana con un trabajo visible "
                        "y confiable, y con una relación en la que el patrocinador conoce sus "
                        "metas. Usted puede facilitarlo diciendo con claridad qué quiere lograr a "
                        "continuación.</p>"
                    ),
                ),
                ("heading", {"text": "Forme su consejo asesor personal", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Piense en su red de apoyo como un pequeño consejo asesor, no como un "
                        "único mentor perfecto. Una forma práctica de empezar:</p><ol><li><b>Anote "
                        "sus necesidades para el próximo año o dos.</b> Por ejemplo: habilidades "
                        "clínicas, investigación o mejora de la calidad, orientación profesional, "
                        "liderazgo, finanzas, bienestar y alguien que entienda su experiencia como "
                        "persona de color en la atención de salud.</li><li><b>Escriba un nombre "
                        "junto a cada necesidad.</b> Una persona puede cubrir varias; algunas "
                        "necesidades quizá aún no tengan nombre. Esos espacios en blanco son su "
                        "lista de búsqueda.</li><li><b>Incluya al menos un posible "
                        "patrocinador,</b> por lo general alguien con experiencia en su "
                        "institución o campo que haya visto su trabajo.</li><li><b>Revise su "
                        "consejo cada seis a doce meses.</b> Las necesidades cambian al pasar de "
                        "estudiante a residente y a médico de planta o gerente, y las relaciones "
                        "cambian con ellas.</li></ol>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Mi jefa de departamento no se convirtió en mi patrocinadora porque se "
                            "lo pedí. Lo hizo después de que dirigí bien el mismo proyecto de "
                            "calidad durante dos años y le dije que quería liderar el siguiente."
                        ),
                        "attribution": "Dra. Adaeze Nwankwo-Reyes",
                        "role": (
                            "Médica de urgencias y directora asociada del programa de residencia"
                        ),
                    },
                ),
                (
                    "heading",
                    {"text": "Cómo ser un mentorado en quien vale la pena invertir", "level": "h2"},
                ),
                (
                    "accordion",
                    {
                        "heading": "Hábitos prácticos",
                        "items": [
                            {
                                "question": "Hágase cargo de la logística",
                                "answer": (
                                    "<p>Proponga horarios, envíe agendas y tome notas breves. El "
                                    "tiempo de su mentor es un regalo; facilítele dárselo.</p>"
                                ),
                            },
                            {
                                "question": "Cierre el ciclo",
                                "answer": (
                                    "<p>Cuando ponga en práctica un consejo, dígalo y cuente qué "
                                    "pasó. Es el hábito que los mentores mencionan con más "
                                    "frecuencia como la razón por la que siguen comprometidos.</p>"
                                ),
                            },
                            {
                                "question": "Pida patrocinio de forma directa",
                                "answer": (
                                    "<p>Pruebe con: “Me gustaría integrar el comité de operaciones "
                                    "clínicas el próximo año. Si cree que estoy preparado, "
                                    "¿estaría dispuesta a recomendarme?”. Una petición clara "
                                    "respeta el criterio del patrocinador y le da algo concreto "
                                    "que hacer.</p>"
                                ),
                            },
                            {
                                "question": "Deje que las relaciones cambien",
                                "answer": (
                                    "<p>Si una mentoría ya no le ayuda, agradezca a la persona, "
                                    "explíquele que sus necesidades han cambiado y deje la puerta "
                                    "abierta. Terminar bien también es parte de construir una "
                                    "red.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    },
    {
        "slug": "asking-for-sponsorship-podcast",
        "type": "podcast",
        "topic": "career-advancement",
        "specialties": [],
        "stages": ["early_career", "mid_late_career"],
        "minutes": 38,
        "reviewed_days_ago": 110,
        "featured": False,
        "documents": [],
        "links": [
            {
                "url": "https://media.hub.example.org/podcasts/asking-for-sponsorship",
                "en": {
                    "title": "Listen to the episode",
                    "description": "The full 38-minute conversation, with a written transcript.",
                },
                "es": {
                    "title": "Escuche el episodio",
                    "description": (
                        "La conversación completa de 38 minutos, con transcripción escrita en "
                        "inglés."
                    ),
                },
            },
        ],
        "related": [
            "mentors-sponsors-and-your-personal-board",
            "course:career-plan-mentors-and-sponsors",
        ],
        "en": {
            "title": "Podcast: asking for sponsorship without apologizing",
            "introduction": (
                "Dr. Renée Baptiste and Dr. Leona Whitehorse talk about how early- and mid-career "
                "clinicians can make their goals visible, ask senior colleagues to speak up for "
                "them, and sponsor others in turn."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>This episode was recorded for Hub members who have found mentors but "
                        "feel stuck when it comes to the next role: a committee seat, a leadership "
                        "position or a promotion. Dr. Baptiste draws on her years as a medical "
                        "director; Dr. Whitehorse on her path from rural emergency nursing to "
                        "nursing leadership.</p>"
                    ),
                ),
                ("heading", {"text": "Key points", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Sponsors can only act on goals they know about. Say out loud what "
                        "you want next.</li><li>Make your work visible: share results, not just "
                        "effort, with the people who make decisions.</li><li>Ask for one concrete "
                        "action, such as a recommendation, a nomination or an "
                        "introduction.</li><li>Decline some service requests so you have capacity "
                        "for the work that advances your goals.</li><li>Once you have influence, "
                        "use it: sponsor someone earlier in their career.</li></ul>"
                    ),
                ),
                ("heading", {"text": "Episode highlights", "level": "h2"}),
                (
                    "accordion",
                    {
                        "heading": "Highlights from the conversation",
                        "items": [
                            {
                                "question": "Why good work is not always enough",
                                "answer": (
                                    "<p>Dr. Baptiste described reviewing candidates for a "
                                    "leadership role and realizing that the strongest clinician on "
                                    "the team had never told anyone she was interested. “Being "
                                    "excellent quietly is a gift to the organization. It is not "
                                    "yet a strategy for your career.”</p>"
                                ),
                            },
                            {
                                "question": "Scripts for the ask",
                                "answer": (
                                    "<p>Dr. Whitehorse shared the sentence she used to ask for her "
                                    "first manager role: “I want to lead this unit in the next two "
                                    "years. What would you need to see from me to recommend me?” "
                                    "Both hosts recommended following up with a short written "
                                    "summary of the conversation.</p>"
                                ),
                            },
                            {
                                "question": "Saying no to protect your yes",
                                "answer": (
                                    "<p>The hosts talked about the extra requests BIPOC clinicians "
                                    "often receive, from diversity committees to interpreting for "
                                    "colleagues. They suggested asking whether the work is "
                                    "recognized, resourced and aligned with your goals, and "
                                    "offering an alternative when it is not.</p>"
                                ),
                            },
                            {
                                "question": "Becoming a sponsor",
                                "answer": (
                                    "<p>The episode closes with practical ways to sponsor others "
                                    "early: mention a colleague's work by name in meetings, "
                                    "forward opportunities with a personal note and recommend "
                                    "people for roles you are offered but cannot take.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "A sponsor is spending their credibility on you. Make it an easy "
                            "investment: be clear, be prepared, and let them know how it turned "
                            "out."
                        ),
                        "attribution": "Dr. Renée Baptiste",
                        "role": "Internist and former medical director",
                    },
                ),
            ],
        },
        "es": {
            "title": "Pódcast: pedir patrocinio sin pedir disculpas",
            "introduction": (
                "La Dra. Renée Baptiste y la Dra. Leona Whitehorse conversan sobre cómo los "
                "profesionales clínicos al inicio y a mitad de su carrera pueden hacer visibles "
                "sus metas, pedir a colegas con experiencia que hablen en su favor y, a su vez, "
                "patrocinar a otros."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Este episodio se grabó para los miembros del Hub que ya tienen "
                        "mentores pero se sienten estancados ante el siguiente paso: un lugar en "
                        "un comité, un puesto de liderazgo o un ascenso. La Dra. Baptiste se apoya "
                        "en sus años como directora médica; la Dra. Whitehorse, en su camino desde "
                        "la enfermería de urgencias en zonas rurales hasta el liderazgo de "
                        "enfermería.</p>"
                    ),
                ),
                ("heading", {"text": "Puntos clave", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Los patrocinadores solo pueden actuar sobre metas que conocen. "
                        "Diga en voz alta qué quiere lograr a continuación.</li><li>Haga visible "
                        "su trabajo: comparta resultados, no solo esfuerzo, con las personas que "
                        "toman las decisiones.</li><li>Pida una acción concreta, como una "
                        "recomendación, una nominación o una presentación.</li><li>Rechace algunas "
                        "solicitudes de servicio para tener tiempo para el trabajo que impulsa sus "
                        "metas.</li><li>Cuando tenga influencia, úsela: patrocine a alguien que "
                        "esté comenzando su carrera.</li></ul>"
                    ),
                ),
                ("heading", {"text": "Lo más destacado del episodio", "level": "h2"}),
                (
                    "accordion",
                    {
                        "heading": "Momentos destacados de la conversación",
                        "items": [
                            {
                                "question": "Por qué el buen trabajo no siempre basta",
                                "answer": (
                                    "<p>La Dra. Baptiste contó que, al revisar candidatos para un "
                                    "puesto de liderazgo, se dio cuenta de que la profesional más "
                                    "sólida del equipo nunca había dicho a nadie que le "
                                    "interesaba. “Ser excelente en silencio es un regalo para la "
                                    "organización. Todavía no es una estrategia para su "
                                    "carrera”.</p>"
                                ),
                            },
                            {
                                "question": "Frases para hacer la petición",
                                "answer": (
                                    "<p>La Dra. Whitehorse compartió la frase que usó para pedir "
                                    "su primer puesto de gerente: “Quiero dirigir esta unidad en "
                                    "los próximos dos años. ¿Qué necesitaría ver en mí para "
                                    "recomendarme?”. Ambas recomendaron enviar después un breve "
                                    "resumen escrito de la conversación.</p>"
                                ),
                            },
                            {
                                "question": "Decir que no para proteger su sí",
                                "answer": (
                                    "<p>Las anfitrionas hablaron de las solicitudes adicionales "
                                    "que suelen recibir los profesionales BIPOC, desde comités de "
                                    "diversidad hasta interpretar para colegas. Sugirieron "
                                    "preguntar si ese trabajo se reconoce, cuenta con recursos y "
                                    "se alinea con sus metas, y ofrecer una alternativa cuando no "
                                    "es así.</p>"
                                ),
                            },
                            {
                                "question": "Convertirse en patrocinador",
                                "answer": (
                                    "<p>El episodio cierra con formas prácticas de patrocinar a "
                                    "otros desde temprano: mencionar por su nombre el trabajo de "
                                    "un colega en las reuniones, reenviar oportunidades con una "
                                    "nota personal y recomendar a otras personas para puestos que "
                                    "le ofrecen a usted y no puede aceptar.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Un patrocinador está invirtiendo su credibilidad en usted. Haga que "
                            "sea una inversión fácil: sea claro, llegue preparado y cuéntele cómo "
                            "resultó."
                        ),
                        "attribution": "Dra. Renée Baptiste",
                        "role": "Internista y exdirectora médica",
                    },
                ),
            ],
        },
    },
    {
        "slug": "giving-and-receiving-feedback",
        "type": "guide",
        "topic": "leadership-and-life-essentials",
        "specialties": [],
        "stages": ["resident", "early_career", "mid_late_career"],
        "minutes": 13,
        "reviewed_days_ago": 180,
        "featured": False,
        "documents": [],
        "links": [],
        "related": [
            "nurse-leader-first-year-recording",
            "mentors-sponsors-and-your-personal-board",
        ],
        "en": {
            "title": "Giving and receiving feedback that helps people grow",
            "introduction": (
                "Practical ways for residents, nurses and new leaders to give specific, fair "
                "feedback, to ask for it, and to make sense of feedback that seems to be about who "
                "you are rather than what you did."
            ),
            "body": [
                ("heading", {"text": "Why feedback is a leadership skill", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>From the moment you supervise a student or lead a shift, people look "
                        "to you for feedback. Done well, it is one of the fastest ways to improve "
                        "patient care and to help colleagues grow. Done poorly, or not at all, it "
                        "leaves people guessing, and the guesses are rarely generous. Most "
                        "clinicians receive little training in it, so the skills below are worth "
                        "practicing on purpose.</p>"
                    ),
                ),
                ("heading", {"text": "Giving feedback: a simple structure", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Many teams use a version of <b>situation, behavior, "
                        "impact</b>:</p><ol><li><b>Situation:</b> when and where. “During this "
                        "morning's handoff…”</li><li><b>Behavior:</b> what you observed, described "
                        "so that a camera could have recorded it. “…you read the overnight events "
                        "for each patient and flagged the two sickest "
                        "first.”</li><li><b>Impact:</b> why it mattered. “The day team went "
                        "straight to those patients, and we caught the low blood pressure "
                        "early.”</li></ol><p>For corrective feedback, add a question and a next "
                        "step: “What was your thinking there?” and “Next time, let's…”. Asking "
                        "first often reveals a reason you could not see, such as a pager that "
                        "never stopped or an unclear protocol. Give feedback soon, in private when "
                        "it is corrective, and keep to one or two points so it can actually be "
                        "used.</p>"
                    ),
                ),
                ("heading", {"text": "Receiving feedback", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Specific questions get useful answers. Instead of “Any feedback?”, try "
                        "“What is one thing I could do differently in my next family meeting?” "
                        "When feedback stings, thank the person, ask for an example and take time "
                        "before you respond. Then look for patterns: a comment you hear from three "
                        "different people deserves more weight than a single remark on a bad "
                        "day.</p>"
                    ),
                ),
                ("heading", {"text": "When feedback seems to be about who you are", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Studies of written evaluations in medical training have found that "
                        "women and trainees from groups underrepresented in medicine more often "
                        "receive comments about personality or demeanor, such as “abrasive” or "
                        "“needs more confidence,” rather than about specific skills. Vague, "
                        "personal feedback is hard to act on and can follow a person into letters "
                        "of recommendation.</p><ul><li>Ask for the behavior behind the label: “Can "
                        "you give me an example of when I came across that way, and what you would "
                        "have wanted instead?”</li><li>Compare it with feedback from other "
                        "sources, and talk it over with a mentor you trust.</li><li>If you see a "
                        "pattern that looks like bias, raise it with program or unit leadership, "
                        "or use your institution's process for reviewing evaluations.</li><li>As "
                        "an evaluator, reread your comments: would you use the same words for a "
                        "different colleague who did the same thing?</li></ul>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "The most useful feedback I ever got was one sentence: “Say your plan "
                            "before you say your doubts.” I still use it every day I teach."
                        ),
                        "attribution": "Dr. Kalani Akana-Brooks",
                        "role": "Hospitalist and clerkship director",
                    },
                ),
                (
                    "accordion",
                    {
                        "heading": "Scripts you can use",
                        "items": [
                            {
                                "question": "Asking for feedback as a learner",
                                "answer": (
                                    "<p>“I'm working on presenting more concisely. Could you watch "
                                    "my next presentation and tell me one thing to cut?”</p>"
                                ),
                            },
                            {
                                "question": "Giving feedback to someone more senior",
                                "answer": (
                                    "<p>Focus on the shared goal: “I want to make sure night "
                                    "coverage has what it needs. When the sign-out came at 7:45, "
                                    "we started with two patients unassigned. Could we try "
                                    "finishing by 7:30?”</p>"
                                ),
                            },
                            {
                                "question": "Responding when feedback stings",
                                "answer": (
                                    "<p>“Thank you for telling me. I'd like to think about it and "
                                    "come back to you tomorrow with questions.” Then do come "
                                    "back.</p>"
                                ),
                            },
                            {
                                "question": "Writing a fair evaluation",
                                "answer": (
                                    "<p>Describe observed behaviors and their effects, give at "
                                    "least one concrete example for each strength and each area to "
                                    "develop, and avoid words about temperament that you would not "
                                    "use for every learner.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        "es": {
            "title": "Dar y recibir retroalimentación que ayude a crecer",
            "introduction": (
                "Formas prácticas para que residentes, personal de enfermería y nuevos líderes den "
                "retroalimentación concreta y justa, la pidan, y entiendan la que parece referirse "
                "a quiénes son y no a lo que hicieron."
            ),
            "body": [
                (
                    "heading",
                    {
                        "text": "Por qué la retroalimentación es una habilidad de liderazgo",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Desde el momento en que supervisa a un estudiante o dirige un turno, "
                        "las personas esperan su retroalimentación. Bien hecha, es una de las "
                        "formas más rápidas de mejorar la atención de los pacientes y de ayudar a "
                        "los colegas a crecer. Mal hecha, o si no se da, deja a la gente haciendo "
                        "suposiciones, y esas suposiciones rara vez son generosas. La mayoría de "
                        "los profesionales clínicos recibe poca formación en este tema, así que "
                        "vale la pena practicar a conciencia las habilidades que siguen.</p>"
                    ),
                ),
                (
                    "heading",
                    {"text": "Dar retroalimentación: una estructura sencilla", "level": "h2"},
                ),
                (
                    "paragraph",
                    (
                        "<p>Muchos equipos usan una versión de <b>situación, conducta, "
                        "impacto</b>:</p><ol><li><b>Situación:</b> cuándo y dónde. “Durante la "
                        "entrega de turno de esta mañana…”</li><li><b>Conducta:</b> lo que "
                        "observó, descrito de modo que una cámara pudiera haberlo grabado. “…leyó "
                        "los eventos de la noche de cada paciente y señaló primero a los dos más "
                        "graves”.</li><li><b>Impacto:</b> por qué importó. “El equipo de día fue "
                        "directo a esos pacientes y detectamos a tiempo la presión "
                        "baja”.</li></ol><p>Para una retroalimentación correctiva, agregue una "
                        "pregunta y un próximo paso: “¿Qué estaba pensando en ese momento?” y “La "
                        "próxima vez, intentemos…”. Preguntar primero suele revelar una razón que "
                        "usted no veía, como un localizador que no dejaba de sonar o un protocolo "
                        "poco claro. Dé la retroalimentación pronto, en privado cuando sea "
                        "correctiva, y limítese a uno o dos puntos para que realmente se pueda "
                        "usar.</p>"
                    ),
                ),
                ("heading", {"text": "Recibir retroalimentación", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Las preguntas concretas obtienen respuestas útiles. En lugar de "
                        "“¿Algún comentario?”, pruebe con “¿Qué podría hacer diferente en mi "
                        "próxima reunión con una familia?”. Cuando una crítica duele, agradezca, "
                        "pida un ejemplo y tómese un tiempo antes de responder. Luego busque "
                        "patrones: un comentario que escucha de tres personas distintas merece más "
                        "peso que una observación aislada en un mal día.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Cuando la retroalimentación parece referirse a quién es usted",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Los estudios sobre evaluaciones escritas en la formación médica han "
                        "encontrado que las mujeres y las personas en formación de grupos "
                        "subrepresentados en la medicina reciben con más frecuencia comentarios "
                        "sobre su personalidad o su actitud, como “brusca” o “le falta confianza”, "
                        "en lugar de comentarios sobre habilidades concretas. La retroalimentación "
                        "vaga y personal es difícil de aplicar y puede acompañar a una persona "
                        "hasta sus cartas de recomendación.</p><ul><li>Pida la conducta que hay "
                        "detrás de la etiqueta: “¿Me puede dar un ejemplo de cuándo di esa "
                        "impresión y qué habría esperado en su lugar?”.</li><li>Compárela con la "
                        "retroalimentación de otras fuentes y converse sobre ella con un mentor de "
                        "confianza.</li><li>Si ve un patrón que parece un sesgo, plantéelo al "
                        "liderazgo del programa o de la unidad, o use el proceso de su institución "
                        "para revisar evaluaciones.</li><li>Como evaluador, relea sus comentarios: "
                        "¿usaría las mismas palabras para otro colega que hubiera hecho lo "
                        "mismo?</li></ul>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "La retroalimentación más útil que recibí fue una sola frase: “Diga su "
                            "plan antes de decir sus dudas”. Todavía la uso cada día que enseño."
                        ),
                        "attribution": "Dr. Kalani Akana-Brooks",
                        "role": "Hospitalista y director de rotaciones clínicas",
                    },
                ),
                (
                    "accordion",
                    {
                        "heading": "Frases que puede usar",
                        "items": [
                            {
                                "question": "Pedir retroalimentación como estudiante o residente",
                                "answer": (
                                    "<p>“Estoy trabajando en presentar de forma más concisa. "
                                    "¿Podría observar mi próxima presentación y decirme una cosa "
                                    "que debería recortar?”</p>"
                                ),
                            },
                            {
                                "question": "Dar retroalimentación a alguien con más jerarquía",
                                "answer": (
                                    "<p>Céntrese en el objetivo común: “Quiero asegurarme de que "
                                    "la cobertura nocturna tenga lo que necesita. Cuando la "
                                    "entrega llegó a las 7:45, empezamos con dos pacientes sin "
                                    "asignar. ¿Podríamos intentar terminar a las 7:30?”</p>"
                                ),
                            },
                            {
                                "question": "Responder cuando una crítica duele",
                                "answer": (
                                    "<p>“Gracias por decírmelo. Quisiera pensarlo y volver mañana "
                                    "con algunas preguntas”. Y luego vuelva, de verdad.</p>"
                                ),
                            },
                            {
                                "question": "Escribir una evaluación justa",
                                "answer": (
                                    "<p>Describa conductas observadas y sus efectos, dé al menos "
                                    "un ejemplo concreto de cada fortaleza y de cada aspecto por "
                                    "mejorar, y evite palabras sobre el carácter que no usaría con "
                                    "todas las personas que evalúa.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    },
    {
        "slug": "weekly-boundaries-planner",
        "type": "toolkit",
        "topic": "leadership-and-life-essentials",
        "specialties": [],
        "stages": ["pre_health", "student", "resident", "early_career", "mid_late_career"],
        "minutes": 10,
        "reviewed_days_ago": 15,
        "featured": False,
        "documents": [
            {
                "filename": "weekly-boundaries-planner.csv",
                "text": (
                    "Day / Día,Fixed commitments / Compromisos fijos,Protected time / Tiempo "
                    "protegido,Boundary I will hold / Límite que mantendré,What I will say / Lo "
                    "que diré,Did it hold? / ¿Se mantuvo?,Energy 1-5 / Energía 1-5\n"
                    "EXAMPLE - Monday / EJEMPLO - Lunes,Clinic 7:00-17:30 / Clínica "
                    "7:00-17:30,Walk 18:00-18:30 / Caminata 18:00-18:30,No work messages after "
                    "20:00 / Sin mensajes de trabajo después de las 20:00,“I'll reply first thing "
                    "tomorrow.” / “Le respondo mañana a primera hora.”,Yes / Sí,3\n"
                    "EXAMPLE - Thursday / EJEMPLO - Jueves,Night call / Guardia nocturna,Sleep "
                    "until 13:00 after call / Dormir hasta las 13:00 después de la guardia,No new "
                    "committee work this month / Ningún comité nuevo este mes,“I can't take this "
                    "on now; please ask me again in the spring.” / “Ahora no puedo asumirlo; "
                    "pregúnteme de nuevo en primavera.”,Partly / En parte,2\n"
                    "Monday / Lunes,,,,,,\n"
                    "Monday / Lunes,,,,,,\n"
                    "Tuesday / Martes,,,,,,\n"
                    "Tuesday / Martes,,,,,,\n"
                    "Wednesday / Miércoles,,,,,,\n"
                    "Wednesday / Miércoles,,,,,,\n"
                    "Thursday / Jueves,,,,,,\n"
                    "Thursday / Jueves,,,,,,\n"
                    "Friday / Viernes,,,,,,\n"
                    "Friday / Viernes,,,,,,\n"
                    "Saturday / Sábado,,,,,,\n"
                    "Saturday / Sábado,,,,,,\n"
                    "Sunday / Domingo,,,,,,\n"
                    "Sunday / Domingo,,,,,,\n"
                    'Weekly review / Revisión semanal,"Which boundary held best, and why? / ¿Qué '
                    'límite se mantuvo mejor y por qué?",,,,,\n'
                    'Weekly review / Revisión semanal,"Which boundary slipped, and what got in '
                    'the way? / ¿Qué límite falló y qué lo impidió?",,,,,\n'
                    "Weekly review / Revisión semanal,One thing to ask for or change next week / "
                    "Algo que pedir o cambiar la próxima semana,,,,,\n"
                    "Weekly review / Revisión semanal,Who did I connect with outside work? / ¿Con "
                    "quién me conecté fuera del trabajo?,,,,,\n"
                ),
                "en": {"title": "Weekly boundaries planner (CSV)"},
                "es": {"title": "Planificador semanal de límites (CSV)"},
            },
        ],
        "links": [
            {
                "url": "https://988lifeline.org/",
                "en": {
                    "title": "988 Suicide & Crisis Lifeline",
                    "description": (
                        "Free, confidential support 24 hours a day by call, text or chat, for "
                        "anyone in emotional distress or crisis, including clinicians."
                    ),
                },
                "es": {
                    "title": "988 Suicide & Crisis Lifeline",
                    "description": (
                        "Apoyo gratuito y confidencial las 24 horas por llamada, texto o chat, "
                        "para cualquier persona en angustia emocional o en crisis, incluidos los "
                        "profesionales clínicos."
                    ),
                },
            },
        ],
        "related": [
            "course:resilience-boundaries-and-burnout",
            "behavioral-health-clinician-wellbeing-podcast",
        ],
        "en": {
            "title": "Weekly boundaries planner",
            "introduction": (
                "A one-week spreadsheet for choosing a few boundaries you can actually keep, "
                "deciding in advance what you will say, and reviewing what worked, whether you are "
                "in school, in training or in practice."
            ),
            "body": [
                (
                    "heading",
                    {"text": "Boundaries when you don't control your schedule", "level": "h2"},
                ),
                (
                    "paragraph",
                    (
                        "<p>Students and residents rarely set their own hours, and many clinicians "
                        "in practice feel the same. Boundaries still matter, but they work best "
                        "when they are small and specific: when you stop answering non-urgent "
                        "messages, one protected hour after a night shift, one request you will "
                        "decline this month. A boundary you can keep does more for you than an "
                        "ideal one that collapses by Wednesday.</p><p>Boundaries are not a cure "
                        "for burnout. Heavy workloads, understaffing and mistreatment are problems "
                        "of the system, and it is fair to raise them with your program or manager. "
                        "The planner helps you protect what you can while you do.</p>"
                    ),
                ),
                ("heading", {"text": "How to use the planner", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ol><li>On Sunday (or your first day off), fill in fixed commitments for "
                        "each day.</li><li>Choose no more than three boundaries for the week and "
                        "one protected block of time each day, even if it is only 20 "
                        "minutes.</li><li>Write the exact words you will use to hold each "
                        "boundary. Deciding in advance makes it much easier in the "
                        "moment.</li><li>Each evening, note whether the boundary held and rate "
                        "your energy from 1 to 5.</li><li>At the end of the week, answer the four "
                        "review questions and carry one change forward.</li></ol>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Phrases that help",
                        "items": [
                            {
                                "question": "Declining an extra commitment",
                                "answer": (
                                    "<p>“Thank you for thinking of me. I can't give this the "
                                    "attention it deserves right now, so I'm going to say no this "
                                    "time.”</p>"
                                ),
                            },
                            {
                                "question": "Limiting after-hours messages",
                                "answer": (
                                    "<p>“I check messages until 8 p.m. For anything urgent "
                                    "overnight, please page the on-call clinician.”</p>"
                                ),
                            },
                            {
                                "question": "Protecting recovery after a night shift",
                                "answer": (
                                    "<p>“I'm post-call until 1 p.m. I can meet any time after "
                                    "3.”</p>"
                                ),
                            },
                        ],
                    },
                ),
                ("heading", {"text": "When a planner is not enough", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>If you notice persistent exhaustion, dread before work, numbness "
                        "toward patients or thoughts of self-harm, please reach out: to a mentor, "
                        "your employee assistance program, a mental-health professional or your "
                        "own clinician. You can call or text 988, or chat at <a "
                        'href="https://988lifeline.org/">988lifeline.org</a>, at any time. If '
                        "you are in immediate danger, call 911.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Planificador semanal de límites",
            "introduction": (
                "Una hoja de cálculo de una semana para elegir algunos límites que realmente pueda "
                "mantener, decidir de antemano qué dirá y revisar qué funcionó, ya sea que esté "
                "estudiando, en formación o en la práctica."
            ),
            "body": [
                ("heading", {"text": "Límites cuando usted no controla su horario", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Los estudiantes y residentes rara vez fijan sus propios horarios, y "
                        "muchos profesionales en la práctica sienten lo mismo. Los límites siguen "
                        "siendo importantes, pero funcionan mejor cuando son pequeños y concretos: "
                        "la hora en que deja de responder mensajes que no son urgentes, una hora "
                        "protegida después de una guardia nocturna, una solicitud que rechazará "
                        "este mes. Un límite que puede mantener le sirve más que uno ideal que se "
                        "derrumba el miércoles.</p><p>Los límites no curan el agotamiento "
                        "profesional (burnout). La carga excesiva de trabajo, la falta de personal "
                        "y el maltrato son problemas del sistema, y es legítimo plantearlos a su "
                        "programa o a su gerente. El planificador le ayuda a proteger lo que sí "
                        "puede mientras tanto.</p>"
                    ),
                ),
                ("heading", {"text": "Cómo usar el planificador", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ol><li>El domingo (o su primer día libre), anote los compromisos fijos "
                        "de cada día.</li><li>Elija un máximo de tres límites para la semana y un "
                        "bloque de tiempo protegido cada día, aunque sea de solo 20 "
                        "minutos.</li><li>Escriba las palabras exactas que usará para mantener "
                        "cada límite. Decidirlo de antemano lo hace mucho más fácil en el "
                        "momento.</li><li>Cada noche, anote si el límite se mantuvo y califique su "
                        "energía del 1 al 5.</li><li>Al final de la semana, responda las cuatro "
                        "preguntas de revisión y lleve un cambio a la semana siguiente.</li></ol>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Frases que ayudan",
                        "items": [
                            {
                                "question": "Rechazar un compromiso adicional",
                                "answer": (
                                    "<p>“Gracias por pensar en mí. Ahora no puedo darle a esto la "
                                    "atención que merece, así que esta vez voy a decir que no”.</p>"
                                ),
                            },
                            {
                                "question": "Limitar los mensajes fuera del horario",
                                "answer": (
                                    "<p>“Reviso mensajes hasta las 8 de la noche. Para cualquier "
                                    "urgencia nocturna, por favor contacte al profesional de "
                                    "guardia”.</p>"
                                ),
                            },
                            {
                                "question": "Proteger la recuperación después de una guardia",
                                "answer": (
                                    "<p>“Salgo de guardia y descanso hasta la 1 de la tarde. Puedo "
                                    "reunirme en cualquier momento después de las 3”.</p>"
                                ),
                            },
                        ],
                    },
                ),
                ("heading", {"text": "Cuando un planificador no basta", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Si nota agotamiento persistente, temor antes de ir a trabajar, "
                        "insensibilidad hacia los pacientes o pensamientos de hacerse daño, por "
                        "favor pida ayuda: a un mentor, a su programa de asistencia al empleado, a "
                        "un profesional de salud mental o a su propio médico. Puede llamar o "
                        "enviar un texto al 988, o chatear en <a "
                        'href="https://988lifeline.org/">988lifeline.org</a>, en cualquier '
                        "momento. Si está en peligro inmediato, llame al 911.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "nurse-leader-first-year-recording",
        "type": "video",
        "topic": "leadership-and-life-essentials",
        "specialties": ["nursing"],
        "stages": ["early_career", "mid_late_career"],
        "minutes": 47,
        "reviewed_days_ago": 240,
        "featured": False,
        "documents": [],
        "links": [
            {
                "url": "https://media.hub.example.org/recordings/nurse-leader-first-year",
                "en": {
                    "title": "Watch the recording",
                    "description": "The full 47-minute session, with English captions.",
                },
                "es": {
                    "title": "Vea la grabación",
                    "description": "La sesión completa de 47 minutos, con subtítulos en inglés.",
                },
            },
        ],
        "related": ["giving-and-receiving-feedback", "weekly-boundaries-planner"],
        "en": {
            "title": "Recording: your first year as a nurse leader",
            "introduction": (
                "Dr. Leona Whitehorse, DNP, RN, talks with new charge nurses and nurse managers "
                "about moving from peer to leader, building trust with a unit and speaking up for "
                "staff without burning out."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>This Hub session brought together nurses in their first year of a "
                        "charge, supervisor or manager role. Dr. Whitehorse drew on her years in "
                        "emergency, rural and academic settings. The summary below covers the main "
                        "advice and the questions participants asked most.</p>"
                    ),
                ),
                ("heading", {"text": "Key points", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li><b>Listen before you change things.</b> Spend your first weeks "
                        "asking staff what works, what gets in the way and what they would fix "
                        "first.</li><li><b>Be fair and transparent</b> about schedules, "
                        "assignments and time off. Perceived favoritism erodes trust faster than "
                        "almost anything else.</li><li><b>Advocate upward with data.</b> Bring "
                        "patterns, not anecdotes: missed breaks, overtime, incident reports, "
                        "turnover.</li><li><b>Protect your staff from mistreatment,</b> including "
                        "racism and violence from patients or visitors, and follow up the same "
                        "shift.</li><li><b>Find your own support,</b> because a leader who is "
                        "running on empty cannot protect anyone.</li></ul>"
                    ),
                ),
                ("heading", {"text": "Highlights from the session", "level": "h2"}),
                (
                    "accordion",
                    {
                        "heading": "Session highlights",
                        "items": [
                            {
                                "question": "From friend to manager",
                                "answer": (
                                    "<p>Dr. Whitehorse advised naming the change openly with close "
                                    "colleagues: “I value our friendship, and my job now includes "
                                    "decisions that affect you. I'll be fair, and I'll tell you "
                                    "when I can't share something.”</p>"
                                ),
                            },
                            {
                                "question": "Your first 90 days",
                                "answer": (
                                    "<p>She suggested meeting each staff member briefly, sharing "
                                    "back the three themes you heard and fixing one visible "
                                    "problem quickly, such as a broken piece of equipment or a "
                                    "confusing supply process, to show that speaking up leads to "
                                    "action.</p>"
                                ),
                            },
                            {
                                "question": "Leading across cultures and generations",
                                "answer": (
                                    "<p>Participants discussed teams that mix new graduates, "
                                    "travel nurses and staff with decades of experience. Dr. "
                                    "Whitehorse recommended asking each person how they prefer to "
                                    "receive feedback and making unit norms explicit rather than "
                                    "assuming they are shared.</p>"
                                ),
                            },
                            {
                                "question": "When staff are mistreated",
                                "answer": (
                                    "<p>A participant described a patient who repeatedly insulted "
                                    "a Filipino nurse. Dr. Whitehorse walked through setting "
                                    "limits with the patient, documenting, reporting through the "
                                    "institution's channels and, most important, asking the nurse "
                                    "what support she wanted.</p>"
                                ),
                            },
                            {
                                "question": "Sustaining yourself",
                                "answer": (
                                    "<p>The session closed with practical habits: a peer group of "
                                    "other new managers, one protected hour a week for planning "
                                    "and a clear rule about when you stop answering messages on "
                                    "days off.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Your staff will forgive a leader who makes mistakes. They will not "
                            "forgive one who stops listening."
                        ),
                        "attribution": "Dr. Leona Whitehorse",
                        "role": "Nurse leader and coach for new clinical managers",
                    },
                ),
            ],
        },
        "es": {
            "title": "Grabación: su primer año como líder de enfermería",
            "introduction": (
                "La Dra. Leona Whitehorse, DNP, RN, conversa con nuevas enfermeras y enfermeros a "
                "cargo y gerentes de enfermería sobre el paso de colega a líder, cómo ganarse la "
                "confianza de una unidad y cómo defender al personal sin agotarse."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Esta sesión del Hub reunió a profesionales de enfermería en su primer "
                        "año como encargados de turno, supervisores o gerentes. La Dra. Whitehorse "
                        "se apoyó en sus años de trabajo en urgencias, en zonas rurales y en "
                        "entornos académicos. El resumen que sigue recoge los principales consejos "
                        "y las preguntas más frecuentes de los participantes.</p>"
                    ),
                ),
                ("heading", {"text": "Puntos clave", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li><b>Escuche antes de cambiar las cosas.</b> Dedique sus primeras "
                        "semanas a preguntar al personal qué funciona, qué estorba y qué "
                        "arreglaría primero.</li><li><b>Sea justa y transparente</b> con los "
                        "horarios, las asignaciones y los días libres. El favoritismo, aunque solo "
                        "se perciba, erosiona la confianza más rápido que casi cualquier otra "
                        "cosa.</li><li><b>Abogue ante sus superiores con datos.</b> Presente "
                        "patrones, no anécdotas: descansos perdidos, horas extra, reportes de "
                        "incidentes, rotación de personal.</li><li><b>Proteja a su personal del "
                        "maltrato,</b> incluido el racismo y la violencia de pacientes o "
                        "visitantes, y dé seguimiento en el mismo turno.</li><li><b>Busque su "
                        "propio apoyo,</b> porque un líder sin energía no puede proteger a "
                        "nadie.</li></ul>"
                    ),
                ),
                ("heading", {"text": "Lo más destacado de la sesión", "level": "h2"}),
                (
                    "accordion",
                    {
                        "heading": "Momentos destacados",
                        "items": [
                            {
                                "question": "De amiga a gerente",
                                "answer": (
                                    "<p>La Dra. Whitehorse aconsejó hablar abiertamente del cambio "
                                    "con los colegas cercanos: “Valoro nuestra amistad, y ahora mi "
                                    "trabajo incluye decisiones que le afectan. Seré justa y le "
                                    "diré cuando no pueda compartir algo”.</p>"
                                ),
                            },
                            {
                                "question": "Sus primeros 90 días",
                                "answer": (
                                    "<p>Sugirió reunirse brevemente con cada miembro del personal, "
                                    "compartir los tres temas que escuchó y resolver pronto un "
                                    "problema visible, como un equipo averiado o un proceso de "
                                    "suministros confuso, para mostrar que hablar lleva a la "
                                    "acción.</p>"
                                ),
                            },
                            {
                                "question": "Liderar entre culturas y generaciones",
                                "answer": (
                                    "<p>Los participantes hablaron de equipos que combinan recién "
                                    "graduados, enfermeras itinerantes y personal con décadas de "
                                    "experiencia. La Dra. Whitehorse recomendó preguntar a cada "
                                    "persona cómo prefiere recibir retroalimentación y hacer "
                                    "explícitas las normas de la unidad en lugar de suponer que "
                                    "todos las comparten.</p>"
                                ),
                            },
                            {
                                "question": "Cuando el personal sufre maltrato",
                                "answer": (
                                    "<p>Una participante describió a un paciente que insultaba una "
                                    "y otra vez a una enfermera filipina. La Dra. Whitehorse "
                                    "explicó cómo poner límites al paciente, documentar, reportar "
                                    "por los canales de la institución y, sobre todo, preguntar a "
                                    "la enfermera qué apoyo quería.</p>"
                                ),
                            },
                            {
                                "question": "Cómo sostenerse",
                                "answer": (
                                    "<p>La sesión cerró con hábitos prácticos: un grupo de pares "
                                    "con otros gerentes nuevos, una hora protegida a la semana "
                                    "para planificar y una regla clara sobre cuándo deja de "
                                    "responder mensajes en sus días libres.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Su personal le perdonará a un líder que se equivoca. No le perdonará "
                            "a uno que deja de escuchar."
                        ),
                        "attribution": "Dra. Leona Whitehorse",
                        "role": "Líder de enfermería y coach de nuevos responsables clínicos",
                    },
                ),
            ],
        },
    },
    {
        "slug": "behavioral-health-clinician-wellbeing-podcast",
        "type": "podcast",
        "topic": "leadership-and-life-essentials",
        "specialties": ["psychiatry", "addiction-medicine"],
        "stages": ["resident", "early_career", "mid_late_career"],
        "minutes": 41,
        "reviewed_days_ago": 130,
        "featured": False,
        "documents": [],
        "links": [
            {
                "url": (
                    "https://media.hub.example.org/podcasts/behavioral-health-clinician-wellbeing"
                ),
                "en": {
                    "title": "Listen to the episode",
                    "description": "The full 41-minute conversation, with a written transcript.",
                },
                "es": {
                    "title": "Escuche el episodio",
                    "description": (
                        "La conversación completa de 41 minutos, con transcripción escrita en "
                        "inglés."
                    ),
                },
            },
        ],
        "related": [
            "weekly-boundaries-planner",
            "crisis-support-988-lifeline",
            "course:resilience-boundaries-and-burnout",
        ],
        "en": {
            "title": "Podcast: carrying the weight, well-being for behavioral health clinicians",
            "introduction": (
                "Psychiatrist Dr. Samuel Adeyemi and addiction medicine physician Dr. Ximena "
                "Castañeda talk about secondary trauma, losing a patient to suicide or overdose, "
                "and getting care for yourself without shame."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Clinicians in psychiatry, addiction medicine and other behavioral "
                        "health roles spend their days with people in pain, often in systems with "
                        "long waitlists and too few beds. In this episode, two Hub members speak "
                        "openly about what that work takes out of them and what puts it back. The "
                        "episode contains discussion of suicide and overdose deaths.</p>"
                    ),
                ),
                ("heading", {"text": "Key points", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Secondary traumatic stress and moral injury are expected "
                        "responses to this work, not signs that you are in the wrong "
                        "field.</li><li>After a patient death, a structured team debrief and a "
                        "personal check-in from a supervisor both help. Neither should be optional "
                        "for the clinician who was closest to the patient.</li><li>Peer support "
                        "works best when it is routine, so that no one has to ask for it in the "
                        "worst week.</li><li>Getting your own treatment is a professional "
                        "strength. Many state licensing boards have revised their questions to "
                        "focus on current impairment; check your board's current "
                        "application.</li><li>The 988 Suicide &amp; Crisis Lifeline is for "
                        "clinicians too.</li></ul>"
                    ),
                ),
                ("heading", {"text": "Episode highlights", "level": "h2"}),
                (
                    "accordion",
                    {
                        "heading": "Highlights from the conversation",
                        "items": [
                            {
                                "question": "Naming secondary trauma and moral injury",
                                "answer": (
                                    "<p>Dr. Adeyemi explained the difference between exhaustion "
                                    "from workload, trauma absorbed from patients' stories and the "
                                    "moral injury of knowing what a patient needs but being unable "
                                    "to provide it, such as when no detox bed is available. Each "
                                    "calls for a different response.</p>"
                                ),
                            },
                            {
                                "question": "After a patient dies",
                                "answer": (
                                    "<p>Dr. Castañeda described the week after a long-term patient "
                                    "died of an overdose: the urge to replay every visit, and the "
                                    "relief of a colleague who simply said, “You did not cause "
                                    "this, and you don't have to carry it alone.” They discussed "
                                    "postvention practices that teams can plan before they are "
                                    "needed.</p>"
                                ),
                            },
                            {
                                "question": "Carrying identity into the work",
                                "answer": (
                                    "<p>Both hosts talked about being one of few BIPOC clinicians "
                                    "in their departments, being asked to see every patient who "
                                    "“speaks Spanish” or “needs someone who understands,” and "
                                    "setting limits on that role while honoring why it matters.</p>"
                                ),
                            },
                            {
                                "question": "Getting your own care",
                                "answer": (
                                    "<p>They encouraged listeners to have their own clinician "
                                    "before a crisis, to use employee assistance programs and "
                                    "physician or nurse health programs where available, and to "
                                    "remember that 988 can be reached by call, text or chat at any "
                                    "hour.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "We tell our patients that asking for help is strength. The hardest "
                            "part of my job was believing it applied to me."
                        ),
                        "attribution": "Dr. Samuel Adeyemi",
                        "role": "Psychiatrist focused on clinician well-being",
                    },
                ),
            ],
        },
        "es": {
            "title": (
                "Pódcast: cargar con el peso, bienestar para profesionales de salud conductual"
            ),
            "introduction": (
                "El psiquiatra Dr. Samuel Adeyemi y la médica especialista en adicciones Dra. "
                "Ximena Castañeda hablan del trauma secundario, de perder a un paciente por "
                "suicidio o sobredosis y de buscar atención para uno mismo sin vergüenza."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Los profesionales de psiquiatría, medicina de las adicciones y otras "
                        "áreas de salud conductual pasan sus días con personas que sufren, a "
                        "menudo en sistemas con largas listas de espera y muy pocas camas. En este "
                        "episodio, dos miembros del Hub hablan abiertamente de lo que este trabajo "
                        "les quita y de lo que se lo devuelve. El episodio incluye conversaciones "
                        "sobre muertes por suicidio y por sobredosis.</p>"
                    ),
                ),
                ("heading", {"text": "Puntos clave", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>El estrés traumático secundario y el daño moral son respuestas "
                        "esperables a este trabajo, no señales de que usted está en el campo "
                        "equivocado.</li><li>Después de la muerte de un paciente, ayudan tanto una "
                        "reunión de equipo estructurada como una conversación personal con un "
                        "supervisor. Ninguna de las dos debería ser opcional para el profesional "
                        "más cercano al paciente.</li><li>El apoyo entre pares funciona mejor "
                        "cuando es rutinario, para que nadie tenga que pedirlo en la peor "
                        "semana.</li><li>Recibir su propio tratamiento es una fortaleza "
                        "profesional. Muchas juntas estatales de licencias han revisado sus "
                        "preguntas para centrarse en el deterioro actual; consulte la solicitud "
                        "vigente de su junta.</li><li>La Línea 988 de Prevención del Suicidio y "
                        "Crisis también es para los profesionales clínicos.</li></ul>"
                    ),
                ),
                ("heading", {"text": "Lo más destacado del episodio", "level": "h2"}),
                (
                    "accordion",
                    {
                        "heading": "Momentos destacados de la conversación",
                        "items": [
                            {
                                "question": "Nombrar el trauma secundario y el daño moral",
                                "answer": (
                                    "<p>El Dr. Adeyemi explicó la diferencia entre el agotamiento "
                                    "por la carga de trabajo, el trauma que se absorbe de las "
                                    "historias de los pacientes y el daño moral de saber lo que un "
                                    "paciente necesita sin poder ofrecérselo, por ejemplo, cuando "
                                    "no hay una cama de desintoxicación disponible. Cada uno "
                                    "requiere una respuesta distinta.</p>"
                                ),
                            },
                            {
                                "question": "Después de la muerte de un paciente",
                                "answer": (
                                    "<p>La Dra. Castañeda describió la semana posterior a la "
                                    "muerte por sobredosis de un paciente al que atendía desde "
                                    "hacía años: el impulso de repasar cada consulta y el alivio "
                                    "de que un colega le dijera simplemente: “Usted no causó esto "
                                    "y no tiene que cargarlo sola”. Hablaron de prácticas de "
                                    "posvención que los equipos pueden planificar antes de "
                                    "necesitarlas.</p>"
                                ),
                            },
                            {
                                "question": "Llevar la propia identidad al trabajo",
                                "answer": (
                                    "<p>Ambos hablaron de ser de los pocos profesionales BIPOC en "
                                    "sus departamentos, de que les pidan atender a todo paciente "
                                    "que “habla español” o que “necesita a alguien que le "
                                    "entienda”, y de poner límites a ese papel sin dejar de "
                                    "reconocer por qué importa.</p>"
                                ),
                            },
                            {
                                "question": "Buscar su propia atención",
                                "answer": (
                                    "<p>Animaron a los oyentes a tener su propio profesional de "
                                    "salud antes de una crisis, a usar los programas de asistencia "
                                    "al empleado y los programas de salud para médicos o personal "
                                    "de enfermería donde existan, y a recordar que al 988 se puede "
                                    "llamar, enviar un texto o escribir por chat a cualquier "
                                    "hora.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Les decimos a nuestros pacientes que pedir ayuda es una fortaleza. Lo "
                            "más difícil de mi trabajo fue creer que eso también valía para mí."
                        ),
                        "attribution": "Dr. Samuel Adeyemi",
                        "role": "Psiquiatra dedicado al bienestar de los profesionales clínicos",
                    },
                ),
            ],
        },
    },
    {
        "slug": "crisis-support-988-lifeline",
        "type": "link",
        "topic": "leadership-and-life-essentials",
        "specialties": [],
        "stages": ["pre_health", "student", "resident", "early_career", "mid_late_career"],
        "minutes": 5,
        "reviewed_days_ago": 55,
        "featured": False,
        "documents": [],
        "links": [
            {
                "url": "https://988lifeline.org/",
                "en": {
                    "title": "988 Suicide & Crisis Lifeline",
                    "description": (
                        "How to reach the Lifeline by call, text or chat, what happens when you "
                        "contact it, and how to help someone else."
                    ),
                },
                "es": {
                    "title": "988 Suicide & Crisis Lifeline",
                    "description": (
                        "Cómo comunicarse con la Línea por llamada, texto o chat, qué sucede "
                        "cuando se comunica y cómo ayudar a otra persona. Incluye información en "
                        "español."
                    ),
                },
            },
        ],
        "related": ["behavioral-health-clinician-wellbeing-podcast", "weekly-boundaries-planner"],
        "en": {
            "title": (
                "988 Suicide & Crisis Lifeline: support for you, your colleagues and your patients"
            ),
            "introduction": (
                "The national three-digit number for anyone in emotional distress or a suicidal "
                "crisis. Keep it in your phone, share it with patients, and know that it is there "
                "for clinicians too."
            ),
            "body": [
                ("heading", {"text": "What it is", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Since July 2022, 988 has been the national number for the Suicide "
                        "&amp; Crisis Lifeline in the United States. It is free, confidential and "
                        "available 24 hours a day by phone call, text message or online chat. "
                        "Trained crisis counselors answer; you do not need to be suicidal to "
                        "contact them. Emotional distress, a substance use crisis or worry about "
                        "someone else are all reasons to reach out. Support is available in "
                        "Spanish, and interpretation is offered in many other languages; the site "
                        "explains the current options.</p>"
                    ),
                ),
                ("heading", {"text": "How to use it", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li><b>For yourself:</b> after a hard shift, a patient death or a "
                        "long stretch of feeling overwhelmed, you can call, text or chat, even if "
                        "you are not sure it is “serious enough.”</li><li><b>For a colleague or "
                        "friend:</b> the site explains how to ask directly about suicide, how to "
                        "listen and how to connect someone with help.</li><li><b>For patients:</b> "
                        "include 988 in discharge instructions and safety plans, alongside your "
                        "clinic's own after-hours contact.</li><li><b>For veterans:</b> after "
                        "dialing 988, press 1 to reach the Veterans Crisis Line.</li></ul><p>If "
                        "someone is in immediate danger, call 911. Details about services can "
                        "change; check 988lifeline.org for current information.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": (
                "Línea 988 de Prevención del Suicidio y Crisis: apoyo para usted, sus colegas y "
                "sus pacientes"
            ),
            "introduction": (
                "El número nacional de tres dígitos para cualquier persona en angustia emocional o "
                "en una crisis suicida. Guárdelo en su teléfono, compártalo con sus pacientes y "
                "recuerde que también existe para los profesionales clínicos."
            ),
            "body": [
                ("heading", {"text": "Qué es", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Desde julio de 2022, el 988 es el número nacional de la Línea de "
                        "Prevención del Suicidio y Crisis (988 Suicide &amp; Crisis Lifeline) en "
                        "Estados Unidos. Es gratuita, confidencial y está disponible las 24 horas "
                        "por llamada telefónica, mensaje de texto o chat en línea. Responden "
                        "consejeros capacitados en crisis; no es necesario tener pensamientos "
                        "suicidas para comunicarse. La angustia emocional, una crisis por consumo "
                        "de sustancias o la preocupación por otra persona son razones válidas para "
                        "hacerlo. Hay atención en español y se ofrece interpretación en muchos "
                        "otros idiomas; el sitio explica las opciones vigentes.</p>"
                    ),
                ),
                ("heading", {"text": "Cómo usarla", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li><b>Para usted:</b> después de un turno difícil, la muerte de un "
                        "paciente o una larga temporada de sentirse desbordado, puede llamar, "
                        "enviar un texto o chatear, aunque no esté seguro de que sea “lo bastante "
                        "grave”.</li><li><b>Para un colega o un amigo:</b> el sitio explica cómo "
                        "preguntar directamente sobre el suicidio, cómo escuchar y cómo conectar a "
                        "alguien con ayuda.</li><li><b>Para sus pacientes:</b> incluya el 988 en "
                        "las instrucciones de alta y en los planes de seguridad, junto con el "
                        "contacto fuera de horario de su propia clínica.</li><li><b>Para "
                        "veteranos:</b> después de marcar el 988, presione 1 para comunicarse con "
                        "la Veterans Crisis Line (línea de crisis para veteranos).</li></ul><p>Si "
                        "alguien está en peligro inmediato, llame al 911. Los detalles de los "
                        "servicios pueden cambiar; consulte 988lifeline.org para obtener "
                        "información actualizada.</p>"
                    ),
                ),
            ],
        },
    },
]
