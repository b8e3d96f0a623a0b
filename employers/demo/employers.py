"""Demo Employers of Choice, in English and Spanish: the criteria's Spanish text, fictional
employers with their designations, and a few nominations.

Every employer, place name aside, is invented; websites use the reserved ``.example`` domain.
Designation years are counted back from the year the demo is loaded (``ago``), so recognitions
that are current stay current, and expired ones stay expired, whenever it is loaded. For the
same reason no text names a year.

Points are given in ``CRITERIA`` order and add up to 100 (the seeded criteria's maximum):
Recruitment 20, Retention 20, Matriculation and pipeline 15, Inclusive environment and
belonging 20, Leadership accountability 15, Community investment 10. The first, second and
fourth are foundational: below 10 points in any of them, no tier is reached that year.
The latest designation of each employer, the one its page details, has evidence for every
criterion; earlier ones have a citation, and evidence only where something went wrong.
"""

# The seeded criteria (employers/0002), in the order points are given, by their English names.
CRITERIA = {
    "recruitment": "Recruitment",
    "retention": "Retention",
    "pipeline": "Matriculation and pipeline",
    "belonging": "Inclusive environment and belonging",
    "leadership": "Leadership accountability",
    "community": "Community investment",
}

CRITERIA_ES = {
    "Recruitment": {
        "name": "Contratación",
        "description": (
            "Cómo el empleador llega a candidatos BIPOC, los entrevista y los contrata, desde "
            "estudiantes y residentes hasta profesionales clínicos con experiencia y líderes."
        ),
        "evidence": (
            "Datos de solicitudes, entrevistas y contrataciones por raza y origen étnico de al "
            "menos tres años; entrevistas estructuradas y comités de selección capacitados; "
            "alianzas con instituciones que atienden a minorías y con asociaciones profesionales."
        ),
    },
    "Retention": {
        "name": "Retención",
        "description": (
            "Si los profesionales clínicos BIPOC se quedan y crecen: salarios justos, mentoría, "
            "patrocinio y ascensos."
        ),
        "evidence": (
            "Tasas de rotación y de ascenso por raza y origen étnico; una revisión de equidad "
            "salarial y lo que cambió después; programas de mentoría y patrocinio con "
            "financiamiento; los temas de las entrevistas de salida y la respuesta a ellos."
        ),
    },
    "Matriculation and pipeline": {
        "name": "Matriculación y formación de futuros profesionales",
        "description": (
            "Cómo el empleador abre puertas a la próxima generación: programas de acceso, "
            "rotaciones, residencias y alianzas con escuelas y universidades."
        ),
        "evidence": (
            "Estudiantes y personas en formación que recibe cada año y adónde fueron después; "
            "programas de acceso con presupuesto propio; ingreso de los egresados de esos "
            "programas a escuelas de profesiones de la salud y a residencias."
        ),
    },
    "Inclusive environment and belonging": {
        "name": "Entorno inclusivo y pertenencia",
        "description": (
            "Un lugar de trabajo donde las personas pueden plantear inquietudes, incluido el "
            "racismo de colegas o pacientes, y ver que se toman en serio."
        ),
        "evidence": (
            "Resultados de encuestas de clima laboral y su evolución; un proceso claro para "
            "denunciar sesgos y maltrato, con plazos de respuesta; apoyo a los profesionales "
            "clínicos que enfrentan racismo de pacientes; grupos de recursos para empleados "
            "activos y con presupuesto."
        ),
    },
    "Leadership accountability": {
        "name": "Responsabilidad de los líderes",
        "description": (
            "Líderes que fijan metas, miden el progreso y rinden cuentas de los resultados, con "
            "diversidad en la propia mesa directiva."
        ),
        "evidence": (
            "Metas publicadas con su avance anual; la composición de la junta directiva y del "
            "equipo ejecutivo; evaluaciones de los líderes que incluyen metas de equidad; un alto "
            "directivo con autoridad y presupuesto para este trabajo."
        ),
    },
    "Community investment": {
        "name": "Inversión en la comunidad",
        "description": (
            "Un compromiso real con la salud de las comunidades a las que sirve el empleador."
        ),
        "evidence": (
            "Evaluaciones de necesidades de salud de la comunidad y lo que se financió en "
            "respuesta; contratación y compras locales; programas de atención gratuita o de bajo "
            "costo; alianzas lideradas junto con organizaciones comunitarias."
        ),
    },
}

# Featured on the home page, in this order: currently recognised, in several regions.
FEATURED = [
    "ashgrove-university-medical-center",
    "tidewater-crescent-health",
    "eastbay-commons-community-health-center",
    "salud-del-valle-community-health-centers",
]

EMPLOYERS = [
    # --- Northeast -----------------------------------------------------------------------
    {
        "slug": "ashgrove-university-medical-center",
        "name": "Ashgrove University Medical Center",
        "type": "academic",
        "city": "Providence",
        "state": "RI",
        "locations": ["MA"],
        "website": "https://www.ashgrovemedicine.example/",
        "careers": "https://careers.ashgrovemedicine.example/",
        "specialties": [
            "internal-medicine",
            "cardiology",
            "general-surgery",
            "pediatrics",
            "psychiatry",
        ],
        "en": {
            "introduction": (
                "Rhode Island’s academic medical center: a medical school, three teaching "
                "hospitals and clinics across Providence and southeastern Massachusetts."
            ),
            "description": [
                (
                    "Ashgrove University Medical Center trains more than 600 residents and fellows "
                    "a year in 48 accredited programs, and cares for patients from Providence’s "
                    "South Side to the fishing towns of the Massachusetts coast. About a third of "
                    "its inpatients speak a language other than English at home, most often "
                    "Spanish, Portuguese, Cape Verdean Creole or Khmer."
                ),
                (
                    "Its leaders published a ten-year plan to make the faculty and the residency "
                    "classes look like the communities the center serves, and they report on it "
                    "every spring at a public town hall. Part of every department chair’s bonus "
                    "depends on progress in recruitment and promotion."
                ),
                (
                    "The residents’ union and the BIPOC faculty association both sit on the "
                    "committee that reviews the plan each year."
                ),
            ],
            "opportunities": (
                "The Ashgrove Bridge Scholars program pays twelve college students from Providence "
                "public schools for a summer of research and clinical shadowing, and guarantees "
                "them an interview at the medical school. Visiting rotations for students from "
                "under-represented groups come with travel and housing stipends, and the internal "
                "medicine, pediatrics and psychiatry residencies each keep places in a primary "
                "care track based in community health centers."
            ),
        },
        "es": {
            "introduction": (
                "El centro médico académico de Rhode Island: una escuela de medicina, tres "
                "hospitales universitarios y clínicas en Providence y el sureste de Massachusetts."
            ),
            "description": [
                (
                    "Ashgrove University Medical Center forma cada año a más de 600 residentes y "
                    "médicos en subespecialización en 48 programas acreditados, y atiende a "
                    "pacientes desde el South Side de Providence hasta los pueblos pesqueros de la "
                    "costa de Massachusetts. Alrededor de un tercio de sus pacientes "
                    "hospitalizados habla en casa un idioma distinto del inglés, con mayor "
                    "frecuencia español, portugués, criollo caboverdiano o jemer."
                ),
                (
                    "Sus directivos publicaron un plan a diez años para que el cuerpo docente y "
                    "las promociones de residentes se parezcan a las comunidades que atiende el "
                    "centro, y cada primavera rinden cuentas de él en una asamblea pública. Parte "
                    "de la bonificación de cada jefe de departamento depende del progreso en "
                    "contratación y ascensos."
                ),
                (
                    "El sindicato de residentes y la asociación de docentes BIPOC forman parte del "
                    "comité que revisa el plan cada año."
                ),
            ],
            "opportunities": (
                "El programa Ashgrove Bridge Scholars paga a doce estudiantes universitarios "
                "egresados de las escuelas públicas de Providence por un verano de investigación y "
                "observación clínica, y les garantiza una entrevista en la escuela de medicina. "
                "Las rotaciones para estudiantes visitantes de grupos subrepresentados incluyen "
                "ayudas para viaje y alojamiento, y las residencias de medicina interna, pediatría "
                "y psiquiatría reservan plazas en una vía de atención primaria con sede en centros "
                "de salud comunitarios."
            ),
        },
        "designations": [
            {
                "ago": 0,
                "points": (19, 18, 14, 18, 13, 9),
                "en": {
                    "citation": (
                        "For a ten-year plan kept in public: every spring Ashgrove reports its "
                        "progress to the city it serves, and the numbers keep moving."
                    ),
                    "evidence": {
                        "recruitment": (
                            "Residents from groups under-represented in medicine rose from 14% to "
                            "27% of each incoming class in four years, with structured interviews "
                            "in every program."
                        ),
                        "retention": (
                            "A pay-equity review closed gaps of up to 6% for BIPOC faculty; "
                            "five-year faculty retention is now the same for every group."
                        ),
                        "pipeline": (
                            "62 of 80 Bridge Scholars alumni have entered medical, nursing or PA "
                            "school; nine of them now train at Ashgrove."
                        ),
                        "belonging": (
                            "Bias reports are answered within two working days; the climate "
                            "survey’s belonging score for BIPOC staff rose 11 points."
                        ),
                        "leadership": (
                            "Four of eleven department chairs and three of nine executives are "
                            "BIPOC; the chief equity officer reports to the CEO."
                        ),
                        "community": (
                            "Runs a weekly free clinic night in South Providence and buys 18% of "
                            "its food and linen services from local minority-owned firms."
                        ),
                    },
                },
                "es": {
                    "citation": (
                        "Por un plan a diez años rendido en público: cada primavera Ashgrove "
                        "informa de sus avances a la ciudad que atiende, y las cifras siguen "
                        "mejorando."
                    ),
                    "evidence": {
                        "recruitment": (
                            "Los residentes de grupos subrepresentados en la medicina pasaron del "
                            "14% al 27% de cada promoción en cuatro años, con entrevistas "
                            "estructuradas en todos los programas."
                        ),
                        "retention": (
                            "Una revisión de equidad salarial corrigió brechas de hasta el 6% para "
                            "el cuerpo docente BIPOC; la retención de docentes a cinco años ya es "
                            "igual para todos los grupos."
                        ),
                        "pipeline": (
                            "62 de los 80 exalumnos de Bridge Scholars ingresaron a escuelas de "
                            "medicina, enfermería o asistente médico; nueve de ellos se forman hoy "
                            "en Ashgrove."
                        ),
                        "belonging": (
                            "Los reportes de sesgo reciben respuesta en dos días hábiles; el "
                            "índice de pertenencia del personal BIPOC en la encuesta de clima "
                            "laboral subió 11 puntos."
                        ),
                        "leadership": (
                            "Cuatro de los once jefes de departamento y tres de los nueve "
                            "directivos son BIPOC; la directora de equidad reporta al director "
                            "general."
                        ),
                        "community": (
                            "Ofrece cada semana una noche de clínica gratuita en South Providence "
                            "y compra el 18% de sus servicios de alimentación y lavandería a "
                            "empresas locales de propietarios de minorías."
                        ),
                    },
                },
            },
            {
                "ago": 2,
                "points": (17, 15, 12, 15, 11, 8),
                "en": {
                    "citation": (
                        "For tying leaders’ pay to equity goals and opening its residencies to "
                        "students who had never pictured themselves in medicine."
                    ),
                },
                "es": {
                    "citation": (
                        "Por vincular la remuneración de sus líderes con metas de equidad y abrir "
                        "sus residencias a estudiantes que nunca se habían imaginado en la "
                        "medicina."
                    ),
                },
            },
            {
                "ago": 4,
                "points": (15, 13, 10, 12, 8, 6),
                "en": {
                    "citation": (
                        "For the Bridge Scholars program, which brings Providence students into "
                        "the hospital and keeps the door open for them."
                    ),
                },
                "es": {
                    "citation": (
                        "Por el programa Bridge Scholars, que lleva a estudiantes de Providence al "
                        "hospital y les mantiene la puerta abierta."
                    ),
                },
            },
        ],
    },
    {
        "slug": "wrenhaven-health-system",
        "name": "Wrenhaven Health System",
        "type": "health_system",
        "city": "Hartford",
        "state": "CT",
        "locations": ["NY", "MA"],
        "website": "https://www.wrenhavenhealth.example/",
        "careers": "https://jobs.wrenhavenhealth.example/",
        "specialties": [
            "family-medicine",
            "obstetrics-and-gynecology",
            "nursing",
            "emergency-medicine",
        ],
        "en": {
            "introduction": (
                "A nonprofit health system of seven hospitals and 60 practices across central "
                "Connecticut, the Hudson Valley and western Massachusetts."
            ),
            "description": [
                (
                    "Wrenhaven Health System employs 19,000 people, from environmental services "
                    "staff to transplant surgeons, and runs one of the busiest labor and delivery "
                    "services in New England. It grew out of three community hospitals that merged "
                    "in the 1990s, and it still keeps a local board at each of them."
                ),
                (
                    "When a review of maternal outcomes found that Black mothers at its hospitals "
                    "were more than twice as likely as white mothers to have a severe "
                    "complication, Wrenhaven rebuilt its obstetric services around doulas, "
                    "community midwives and a postpartum nurse line. It applied the same idea to "
                    "hiring: the teams that serve a community should include people from it."
                ),
                (
                    "Its nursing school partnership pays tuition for employees who move from "
                    "patient-care technician to registered nurse, and most of those who have done "
                    "it are women of color."
                ),
            ],
            "opportunities": (
                "The Wrenhaven Nurse Pathway pays tuition and keeps full pay for employees "
                "studying to become registered nurses, in return for two years of service. The "
                "family medicine residency in Hartford has a rural-urban track, and the health "
                "system offers up to $100,000 in loan repayment to physicians and nurse "
                "practitioners who join its practices in underserved towns."
            ),
        },
        "es": {
            "introduction": (
                "Un sistema de salud sin fines de lucro con siete hospitales y 60 consultorios en "
                "el centro de Connecticut, el valle del Hudson y el oeste de Massachusetts."
            ),
            "description": [
                (
                    "Wrenhaven Health System emplea a 19,000 personas, desde personal de servicios "
                    "ambientales hasta cirujanos de trasplantes, y tiene uno de los servicios de "
                    "partos con más actividad de Nueva Inglaterra. Nació de la fusión de tres "
                    "hospitales comunitarios en la década de 1990 y todavía mantiene una junta "
                    "local en cada uno de ellos."
                ),
                (
                    "Cuando una revisión de los resultados maternos mostró que las madres negras "
                    "de sus hospitales tenían más del doble de probabilidades que las madres "
                    "blancas de sufrir una complicación grave, Wrenhaven reorganizó sus servicios "
                    "de obstetricia en torno a doulas, parteras comunitarias y una línea de "
                    "enfermería posparto. Aplicó la misma idea a la contratación: los equipos que "
                    "atienden a una comunidad deben incluir a personas de esa comunidad."
                ),
                (
                    "Su alianza con una escuela de enfermería paga la matrícula a los empleados "
                    "que pasan de técnico de atención al paciente a enfermero titulado, y la "
                    "mayoría de quienes lo han logrado son mujeres de color."
                ),
            ],
            "opportunities": (
                "El programa Wrenhaven Nurse Pathway paga la matrícula y mantiene el sueldo "
                "completo a los empleados que estudian para ser enfermeros titulados, a cambio de "
                "dos años de servicio. La residencia de medicina familiar en Hartford tiene una "
                "vía rural y urbana, y el sistema ofrece hasta $100,000 para el pago de préstamos "
                "estudiantiles a médicos y enfermeros practicantes que se incorporen a sus "
                "consultorios en localidades desatendidas."
            ),
        },
        "designations": [
            {
                "ago": 0,
                "points": (16, 16, 11, 16, 11, 8),
                "en": {
                    "citation": (
                        "For rebuilding maternity care with doulas and midwives from the "
                        "communities it serves, and hiring the same way across the system."
                    ),
                    "evidence": {
                        "recruitment": (
                            "BIPOC hires rose from 24% to 35% of new nurses and from 12% to 19% of "
                            "new physicians over three years."
                        ),
                        "retention": (
                            "First-year turnover for BIPOC nurses fell from 28% to 17% after a "
                            "paid nurse residency with mentoring began."
                        ),
                        "pipeline": (
                            "138 employees have become registered nurses through the Nurse "
                            "Pathway; 71% of them are still with the system."
                        ),
                        "belonging": (
                            "Every unit has a named lead for reports of mistreatment by patients; "
                            "the climate survey gap between BIPOC and white staff narrowed from 14 "
                            "to 6 points."
                        ),
                        "leadership": (
                            "Equity goals are part of every vice president’s review; the board is "
                            "31% BIPOC and the executive team 22%."
                        ),
                        "community": (
                            "Funds 40 community doulas and a postpartum nurse line; severe "
                            "maternal complications for Black mothers fell by a third."
                        ),
                    },
                },
                "es": {
                    "citation": (
                        "Por reorganizar la atención materna con doulas y parteras de las "
                        "comunidades que atiende, y contratar con el mismo criterio en todo el "
                        "sistema."
                    ),
                    "evidence": {
                        "recruitment": (
                            "Las contrataciones de personas BIPOC pasaron del 24% al 35% entre el "
                            "nuevo personal de enfermería y del 12% al 19% entre los nuevos "
                            "médicos en tres años."
                        ),
                        "retention": (
                            "La rotación del personal de enfermería BIPOC en su primer año bajó "
                            "del 28% al 17% desde que comenzó una residencia de enfermería "
                            "remunerada con mentoría."
                        ),
                        "pipeline": (
                            "138 empleados se han titulado en enfermería con el Nurse Pathway; el "
                            "71% de ellos sigue en el sistema."
                        ),
                        "belonging": (
                            "Cada unidad tiene una persona responsable de los reportes de maltrato "
                            "por parte de pacientes; la diferencia en la encuesta de clima entre "
                            "el personal BIPOC y el blanco bajó de 14 a 6 puntos."
                        ),
                        "leadership": (
                            "Las metas de equidad forman parte de la evaluación de cada "
                            "vicepresidente; la junta directiva es BIPOC en un 31% y el equipo "
                            "ejecutivo en un 22%."
                        ),
                        "community": (
                            "Financia a 40 doulas comunitarias y una línea de enfermería posparto; "
                            "las complicaciones maternas graves en madres negras bajaron un "
                            "tercio."
                        ),
                    },
                },
            },
            {
                "ago": 2,
                "points": (15, 15, 11, 15, 11, 8),
                "en": {
                    "citation": (
                        "For opening the way from patient-care technician to registered nurse, and "
                        "for keeping the nurses it trains."
                    ),
                },
                "es": {
                    "citation": (
                        "Por abrir el camino de técnico de atención al paciente a enfermero "
                        "titulado, y por conservar al personal de enfermería que forma."
                    ),
                },
            },
        ],
    },
    {
        "slug": "allegheny-lantern-health",
        "name": "Allegheny Lantern Health",
        "type": "health_system",
        "city": "Pittsburgh",
        "state": "PA",
        "locations": ["OH", "WV"],
        "website": "https://www.alleghenylantern.example/",
        "careers": "https://www.alleghenylantern.example/careers/",
        "specialties": ["internal-medicine", "geriatrics", "nursing", "pharmacy"],
        "en": {
            "introduction": (
                "A health system of five hospitals and a home-care service across western "
                "Pennsylvania, eastern Ohio and northern West Virginia."
            ),
            "description": [
                (
                    "Allegheny Lantern Health serves old steel and coal towns as well as "
                    "Pittsburgh’s Hill District and Homewood, where many of its longest-serving "
                    "nurses and technicians grew up. More than a third of its patients are 65 or "
                    "older, and its home-care nurses make 400,000 visits a year."
                ),
                (
                    "The system has been candid about where it falls short. It did not track "
                    "whether BIPOC staff stayed and were promoted until recently; when it "
                    "published those figures for the first time, it included the ones that were "
                    "hard to read."
                ),
                (
                    "A mentoring program for BIPOC nurses and pharmacists, and a pay review that "
                    "raised wages for more than 900 employees, followed."
                ),
            ],
            "opportunities": (
                "The geriatrics fellowship and the pharmacy residency each hold a place for a "
                "graduate of a historically Black college or university or a Hispanic-serving "
                "institution. The Lantern Scholars program pays tuition for employees training as "
                "nurses or pharmacy technicians, and rural sites offer loan repayment for "
                "physicians and nurse practitioners."
            ),
        },
        "es": {
            "introduction": (
                "Un sistema de salud con cinco hospitales y un servicio de atención domiciliaria "
                "en el oeste de Pensilvania, el este de Ohio y el norte de Virginia Occidental."
            ),
            "description": [
                (
                    "Allegheny Lantern Health atiende a antiguos pueblos del acero y del carbón, "
                    "además de los barrios Hill District y Homewood de Pittsburgh, donde crecieron "
                    "muchos de sus enfermeros y técnicos con más antigüedad. Más de un tercio de "
                    "sus pacientes tiene 65 años o más, y su personal de enfermería a domicilio "
                    "realiza 400,000 visitas al año."
                ),
                (
                    "El sistema habla con franqueza de sus carencias. Hasta hace poco no medía si "
                    "el personal BIPOC se quedaba y obtenía ascensos; cuando publicó esas cifras "
                    "por primera vez, incluyó las que resultaban difíciles de leer."
                ),
                (
                    "Después vinieron un programa de mentoría para enfermeros y farmacéuticos "
                    "BIPOC y una revisión salarial que aumentó el sueldo de más de 900 empleados."
                ),
            ],
            "opportunities": (
                "La subespecialización en geriatría y la residencia de farmacia reservan cada una "
                "una plaza para egresados de universidades históricamente negras o de "
                "instituciones que atienden a población hispana. El programa Lantern Scholars paga "
                "la matrícula a empleados que se forman como enfermeros o técnicos de farmacia, y "
                "los centros rurales ofrecen pago de préstamos estudiantiles a médicos y "
                "enfermeros practicantes."
            ),
        },
        "designations": [
            {
                "ago": 0,
                "points": (14, 12, 10, 12, 9, 7),
                "en": {
                    "citation": (
                        "For facing its own numbers in public, and acting on them: a pay review, a "
                        "mentoring program and a first full report on retention."
                    ),
                    "evidence": {
                        "recruitment": (
                            "BIPOC candidates were 21% of those interviewed and 19% of those hired "
                            "for clinical roles, up from 13% and 11%."
                        ),
                        "retention": (
                            "Published turnover by race for the first time; first-year turnover "
                            "for Black nurses fell from 33% to 24% after mentoring began."
                        ),
                        "pipeline": (
                            "Hosts 70 high-school students each summer at its health careers camp; "
                            "14 Lantern Scholars finished nursing school last year."
                        ),
                        "belonging": (
                            "A new process for reporting racism from patients is used on every "
                            "unit, though the climate survey still shows a 9-point gap."
                        ),
                        "leadership": (
                            "Set five-year goals for leadership diversity; two of its twelve "
                            "executives are BIPOC."
                        ),
                        "community": (
                            "Moved a third of its linen and food contracts to suppliers in the "
                            "towns it serves."
                        ),
                    },
                },
                "es": {
                    "citation": (
                        "Por mirar de frente sus propias cifras, en público, y actuar en "
                        "consecuencia: una revisión salarial, un programa de mentoría y un primer "
                        "informe completo sobre retención."
                    ),
                    "evidence": {
                        "recruitment": (
                            "Los candidatos BIPOC fueron el 21% de los entrevistados y el 19% de "
                            "los contratados para puestos clínicos, frente al 13% y el 11% "
                            "anteriores."
                        ),
                        "retention": (
                            "Publicó por primera vez la rotación por raza; la rotación en el "
                            "primer año de los enfermeros negros bajó del 33% al 24% desde que "
                            "comenzó la mentoría."
                        ),
                        "pipeline": (
                            "Recibe a 70 estudiantes de secundaria cada verano en su campamento de "
                            "carreras de la salud; 14 becarios de Lantern Scholars terminaron la "
                            "escuela de enfermería el año pasado."
                        ),
                        "belonging": (
                            "Un nuevo proceso para reportar el racismo de pacientes se aplica en "
                            "todas las unidades, aunque la encuesta de clima todavía muestra una "
                            "diferencia de 9 puntos."
                        ),
                        "leadership": (
                            "Fijó metas a cinco años para la diversidad en el liderazgo; dos de "
                            "sus doce directivos son BIPOC."
                        ),
                        "community": (
                            "Trasladó un tercio de sus contratos de lavandería y alimentación a "
                            "proveedores de las localidades que atiende."
                        ),
                    },
                },
            },
            {
                "ago": 1,
                "points": (13, 8, 10, 12, 9, 7),
                "en": {
                    "evidence": {
                        "retention": (
                            "No turnover or promotion data by race and ethnicity was provided, so "
                            "the retention criterion could not be met."
                        ),
                    },
                },
                "es": {
                    "evidence": {
                        "retention": (
                            "No se presentaron datos de rotación ni de ascensos por raza y origen "
                            "étnico, por lo que no se pudo cumplir el criterio de retención."
                        ),
                    },
                },
            },
            {
                "ago": 3,
                "points": (13, 11, 9, 12, 9, 7),
                "en": {
                    "citation": (
                        "For a health careers camp that has brought hundreds of students from "
                        "steel and coal towns into its hospitals."
                    ),
                },
                "es": {
                    "citation": (
                        "Por un campamento de carreras de la salud que ha llevado a sus hospitales "
                        "a cientos de estudiantes de pueblos del acero y del carbón."
                    ),
                },
            },
        ],
    },
    {
        "slug": "hudson-stonegate-community-health-center",
        "name": "Hudson Stonegate Community Health Center",
        "type": "community_health",
        "city": "Bronx",
        "state": "NY",
        "locations": [],
        "website": "https://www.hudsonstonegate.example/",
        "careers": "https://www.hudsonstonegate.example/join-us/",
        "specialties": [
            "family-medicine",
            "pediatrics",
            "dentistry",
            "psychiatry",
            "addiction-medicine",
        ],
        "en": {
            "introduction": (
                "A federally qualified health center with eleven sites in the South Bronx and "
                "Upper Manhattan, caring for 68,000 patients a year."
            ),
            "description": [
                (
                    "Hudson Stonegate Community Health Center began in a storefront on the Grand "
                    "Concourse, started by a group of nurses and neighborhood organizers, and now "
                    "offers primary care, dental care, behavioral health and addiction treatment "
                    "under one roof at most of its sites. Nine in ten of its patients are Black or "
                    "Latino, and more than half prefer to be seen in Spanish."
                ),
                (
                    "Its clinicians look like its patients, and it works to keep it that way: "
                    "medical assistants, community health workers and front-desk staff are hired "
                    "from the neighborhoods the center serves, and the center pays for their next "
                    "step in training."
                ),
                (
                    "By law most of its board members are patients, and the center has chosen to "
                    "present its staff survey results to them every year."
                ),
            ],
            "opportunities": (
                "Hudson Stonegate is a teaching health center: its family medicine residency "
                "trains eight residents a year in community practice, and it hosts dental and "
                "nurse practitioner students. Clinicians who join may qualify for National Health "
                "Service Corps loan repayment, and the center’s own Grow Our Own fund pays for "
                "medical assistants to train as nurses."
            ),
        },
        "es": {
            "introduction": (
                "Un centro de salud calificado a nivel federal con once sedes en el sur del Bronx "
                "y el Alto Manhattan, que atiende a 68,000 pacientes al año."
            ),
            "description": [
                (
                    "Hudson Stonegate Community Health Center comenzó en un pequeño local del "
                    "Grand Concourse, fundado por un grupo de enfermeras y organizadores del "
                    "barrio, y hoy ofrece atención primaria, odontología, salud mental y "
                    "tratamiento de adicciones bajo un mismo techo en la mayoría de sus sedes. "
                    "Nueve de cada diez pacientes son negros o latinos, y más de la mitad prefiere "
                    "ser atendida en español."
                ),
                (
                    "Sus profesionales clínicos se parecen a sus pacientes, y el centro trabaja "
                    "para que siga siendo así: contrata a auxiliares médicos, trabajadores "
                    "comunitarios de salud y personal de recepción de los barrios que atiende, y "
                    "les paga el siguiente paso de su formación."
                ),
                (
                    "Por ley, la mayoría de los miembros de su junta directiva son pacientes, y el "
                    "centro ha decidido presentarles cada año los resultados de su encuesta al "
                    "personal."
                ),
            ],
            "opportunities": (
                "Hudson Stonegate es un centro de salud docente: su residencia de medicina "
                "familiar forma a ocho residentes al año en la práctica comunitaria, y recibe a "
                "estudiantes de odontología y de enfermería de práctica avanzada. Los "
                "profesionales clínicos que se incorporan pueden acceder al pago de préstamos del "
                "National Health Service Corps, y el fondo propio Grow Our Own paga la formación "
                "en enfermería de los auxiliares médicos."
            ),
        },
        "designations": [
            {
                "ago": 0,
                "points": (16, 15, 12, 17, 11, 9),
                "en": {
                    "citation": (
                        "For a workforce that comes from the neighborhoods it serves, and a center "
                        "that pays for each person’s next step."
                    ),
                    "evidence": {
                        "recruitment": (
                            "71% of clinicians and 88% of support staff are BIPOC; half of last "
                            "year’s new hires live in the Bronx or Upper Manhattan."
                        ),
                        "retention": (
                            "Median tenure for medical assistants rose from two to four years "
                            "after a career ladder with three pay steps was introduced."
                        ),
                        "pipeline": (
                            "Grow Our Own has paid for 46 medical assistants to train as nurses; "
                            "12 of the center’s former residents now practise there."
                        ),
                        "belonging": (
                            "Staff survey results go to the patient board every year; 84% of BIPOC "
                            "staff say they can raise a concern without fear."
                        ),
                        "leadership": (
                            "The CEO, the chief medical officer and six of nine site directors are "
                            "BIPOC; equity goals are in every manager’s review."
                        ),
                        "community": (
                            "Runs a mobile clinic for people living in shelters and a food "
                            "pharmacy that filled 9,000 produce prescriptions last year."
                        ),
                    },
                },
                "es": {
                    "citation": (
                        "Por un equipo que proviene de los barrios que atiende, y un centro que "
                        "paga el siguiente paso de cada persona."
                    ),
                    "evidence": {
                        "recruitment": (
                            "El 71% de los profesionales clínicos y el 88% del personal de apoyo "
                            "son BIPOC; la mitad de las personas contratadas el año pasado vive en "
                            "el Bronx o el Alto Manhattan."
                        ),
                        "retention": (
                            "La antigüedad media de los auxiliares médicos pasó de dos a cuatro "
                            "años tras la creación de una escala profesional con tres niveles "
                            "salariales."
                        ),
                        "pipeline": (
                            "Grow Our Own ha pagado la formación en enfermería de 46 auxiliares "
                            "médicos; 12 exresidentes del centro ejercen hoy allí."
                        ),
                        "belonging": (
                            "Los resultados de la encuesta al personal se presentan cada año a la "
                            "junta de pacientes; el 84% del personal BIPOC dice que puede plantear "
                            "una inquietud sin temor."
                        ),
                        "leadership": (
                            "El director general, la directora médica y seis de los nueve "
                            "directores de sede son BIPOC; las metas de equidad forman parte de la "
                            "evaluación de cada gerente."
                        ),
                        "community": (
                            "Opera una clínica móvil para personas que viven en albergues y una "
                            "farmacia de alimentos que despachó 9,000 recetas de frutas y verduras "
                            "el año pasado."
                        ),
                    },
                },
            },
            {
                "ago": 1,
                "points": (16, 14, 11, 16, 11, 9),
                "en": {
                    "citation": (
                        "For turning medical assistants into nurses and residents into colleagues."
                    ),
                },
                "es": {
                    "citation": (
                        "Por convertir a auxiliares médicos en enfermeros y a residentes en "
                        "colegas."
                    ),
                },
            },
            {
                "ago": 2,
                "points": (15, 14, 11, 16, 10, 9),
                "en": {
                    "citation": (
                        "For a teaching health center whose residents stay to care for the Bronx."
                    ),
                },
                "es": {
                    "citation": (
                        "Por ser un centro de salud docente cuyos residentes se quedan a cuidar "
                        "del Bronx."
                    ),
                },
            },
        ],
    },
    {
        "slug": "saint-brigids-harbor-hospital",
        "name": "Saint Brigid’s Harbor Hospital",
        "type": "hospital",
        "city": "Newark",
        "state": "NJ",
        "locations": [],
        "website": "https://www.stbrigidsharbor.example/",
        "careers": "https://www.stbrigidsharbor.example/careers/",
        "specialties": [
            "emergency-medicine",
            "obstetrics-and-gynecology",
            "nursing",
            "anesthesiology",
        ],
        "en": {
            "introduction": (
                "A 320-bed Catholic teaching hospital in Newark’s Ironbound, with one of the "
                "city’s busiest emergency departments."
            ),
            "description": [
                (
                    "Saint Brigid’s Harbor Hospital has cared for Newark’s newest arrivals since "
                    "it opened to serve Irish and Portuguese dockworkers; today its patients are "
                    "mostly Black, Brazilian, Ecuadorian and Portuguese-speaking families. "
                    "Interpreters for 14 languages are on site around the clock."
                ),
                (
                    "The hospital’s recognition rests on its emergency medicine and nursing teams, "
                    "where it has steadily recruited and promoted BIPOC clinicians, and on a labor "
                    "and delivery unit that offers every patient a doula. Its work on leadership "
                    "is only beginning, and it says so."
                ),
            ],
            "opportunities": (
                "The emergency medicine residency trains ten residents a year, and the hospital "
                "pays certification costs for nurses moving into emergency, critical care and "
                "labor and delivery. The Harbor Pathways program gives students from Newark high "
                "schools paid summer jobs on hospital units."
            ),
        },
        "es": {
            "introduction": (
                "Un hospital docente católico de 320 camas en el barrio Ironbound de Newark, con "
                "una de las salas de emergencias más concurridas de la ciudad."
            ),
            "description": [
                (
                    "Saint Brigid’s Harbor Hospital atiende a los recién llegados a Newark desde "
                    "que abrió sus puertas para los estibadores irlandeses y portugueses; hoy sus "
                    "pacientes son sobre todo familias negras, brasileñas, ecuatorianas y de habla "
                    "portuguesa. Hay intérpretes de 14 idiomas en el hospital a toda hora."
                ),
                (
                    "El reconocimiento del hospital se basa en sus equipos de medicina de "
                    "emergencias y de enfermería, donde ha contratado y ascendido a profesionales "
                    "BIPOC de forma constante, y en una unidad de partos que ofrece una doula a "
                    "cada paciente. Su trabajo en el liderazgo apenas comienza, y así lo reconoce."
                ),
            ],
            "opportunities": (
                "La residencia de medicina de emergencias forma a diez residentes al año, y el "
                "hospital paga la certificación del personal de enfermería que pasa a emergencias, "
                "cuidados intensivos o partos. El programa Harbor Pathways ofrece a estudiantes de "
                "las escuelas secundarias de Newark empleos de verano remunerados en las unidades "
                "del hospital."
            ),
        },
        "designations": [
            {
                "ago": 1,
                "points": (13, 12, 9, 13, 8, 8),
                "en": {
                    "citation": (
                        "For an emergency department and a maternity unit that reflect, and listen "
                        "to, the families of the Ironbound."
                    ),
                    "evidence": {
                        "recruitment": (
                            "BIPOC residents were 40% of the last three emergency medicine "
                            "classes; the hospital recruits at three HBCU and Hispanic-serving "
                            "nursing schools."
                        ),
                        "retention": (
                            "Nine BIPOC nurses were promoted to charge nurse or manager in two "
                            "years; turnover for BIPOC nurses is now below the hospital average."
                        ),
                        "pipeline": (
                            "Harbor Pathways employs 35 Newark high-school students each summer; "
                            "11 alumni are now in nursing or pre-medical programs."
                        ),
                        "belonging": (
                            "Interpreters and doulas are available to every patient; the "
                            "bias-reporting line answered 92% of reports within a week."
                        ),
                        "leadership": (
                            "Equity goals were adopted last year; two of ten senior leaders are "
                            "BIPOC, and the board has not yet set targets."
                        ),
                        "community": (
                            "Offers free screenings at Ironbound community festivals and hires "
                            "local residents for 60% of entry-level roles."
                        ),
                    },
                },
                "es": {
                    "citation": (
                        "Por una sala de emergencias y una unidad de maternidad que se parecen a "
                        "las familias del Ironbound y las escuchan."
                    ),
                    "evidence": {
                        "recruitment": (
                            "Los residentes BIPOC fueron el 40% de las tres últimas promociones de "
                            "medicina de emergencias; el hospital recluta en tres escuelas de "
                            "enfermería históricamente negras o que atienden a población hispana."
                        ),
                        "retention": (
                            "Nueve enfermeros BIPOC ascendieron a jefe de turno o gerente en dos "
                            "años; la rotación del personal de enfermería BIPOC ya está por debajo "
                            "del promedio del hospital."
                        ),
                        "pipeline": (
                            "Harbor Pathways emplea a 35 estudiantes de secundaria de Newark cada "
                            "verano; 11 exalumnos cursan ya estudios de enfermería o premédicos."
                        ),
                        "belonging": (
                            "Todos los pacientes tienen acceso a intérpretes y doulas; la línea "
                            "para reportar sesgos respondió el 92% de los reportes en menos de una "
                            "semana."
                        ),
                        "leadership": (
                            "Adoptó metas de equidad el año pasado; dos de sus diez altos "
                            "directivos son BIPOC, y la junta directiva aún no ha fijado metas."
                        ),
                        "community": (
                            "Ofrece pruebas de detección gratuitas en las fiestas comunitarias del "
                            "Ironbound y contrata a residentes del barrio para el 60% de los "
                            "puestos de nivel inicial."
                        ),
                    },
                },
            },
        ],
    },
    {
        "slug": "northlight-family-medicine-associates",
        "name": "Northlight Family Medicine Associates",
        "type": "group_practice",
        "city": "Worcester",
        "state": "MA",
        "locations": [],
        "website": "https://www.northlightfamilymed.example/",
        "careers": "https://www.northlightfamilymed.example/work-with-us/",
        "specialties": ["family-medicine", "physician-assistant", "geriatrics"],
        "en": {
            "introduction": (
                "An independent family medicine practice of 22 physicians and physician assistants "
                "in Worcester and the towns around it."
            ),
            "description": [
                (
                    "Northlight Family Medicine Associates is owned by its clinicians and cares "
                    "for about 30,000 patients, many of them Vietnamese, Ghanaian, Puerto Rican "
                    "and Brazilian families who have settled in central Massachusetts."
                ),
                (
                    "The practice was recognized for hiring physician assistants and medical "
                    "assistants who speak its patients’ languages, and for precepting students "
                    "from nearby physician assistant programs."
                ),
            ],
            "opportunities": (
                "Northlight precepts physician assistant and family medicine students every "
                "semester and offers a paid medical assistant apprenticeship for bilingual "
                "high-school graduates."
            ),
        },
        "es": {
            "introduction": (
                "Un consultorio independiente de medicina familiar con 22 médicos y asistentes "
                "médicos en Worcester y los pueblos de alrededor."
            ),
            "description": [
                (
                    "Northlight Family Medicine Associates es propiedad de sus profesionales "
                    "clínicos y atiende a unos 30,000 pacientes, muchos de ellos familias "
                    "vietnamitas, ghanesas, puertorriqueñas y brasileñas que se han establecido en "
                    "el centro de Massachusetts."
                ),
                (
                    "El consultorio fue reconocido por contratar a asistentes médicos y auxiliares "
                    "médicos que hablan los idiomas de sus pacientes, y por supervisar a "
                    "estudiantes de los programas de asistente médico de la zona."
                ),
            ],
            "opportunities": (
                "Northlight supervisa a estudiantes de asistente médico y de medicina familiar "
                "cada semestre y ofrece un aprendizaje remunerado como auxiliar médico para "
                "egresados bilingües de la secundaria."
            ),
        },
        "designations": [
            {
                "ago": 4,
                "points": (12, 12, 8, 13, 9, 7),
                "en": {
                    "citation": (
                        "For a practice owned by its clinicians that hires in its patients’ "
                        "languages and trains the physician assistants who will follow."
                    ),
                    "evidence": {
                        "recruitment": (
                            "Eight of its last twelve clinical hires were BIPOC, and 14 staff "
                            "speak a second language used by patients."
                        ),
                        "retention": (
                            "Every physician assistant who joined in the previous five years was "
                            "still with the practice; salaries follow a published scale."
                        ),
                        "pipeline": (
                            "Precepts 18 physician assistant students a year; the medical "
                            "assistant apprenticeship had trained nine graduates."
                        ),
                        "belonging": (
                            "Holds quarterly listening sessions for staff; a patient-conduct "
                            "policy lets clinicians hand over the care of an abusive patient."
                        ),
                        "leadership": (
                            "Two of five partners are BIPOC; the practice had no written equity "
                            "goals."
                        ),
                        "community": (
                            "Offers evening hours twice a week and a sliding-fee scale for "
                            "uninsured patients."
                        ),
                    },
                },
                "es": {
                    "citation": (
                        "Por ser un consultorio propiedad de sus profesionales clínicos que "
                        "contrata en los idiomas de sus pacientes y forma a los asistentes médicos "
                        "que vendrán."
                    ),
                    "evidence": {
                        "recruitment": (
                            "Ocho de sus últimas doce contrataciones clínicas fueron personas "
                            "BIPOC, y 14 miembros del personal hablan un segundo idioma de sus "
                            "pacientes."
                        ),
                        "retention": (
                            "Todos los asistentes médicos que se incorporaron en los cinco años "
                            "anteriores seguían en el consultorio; los sueldos siguen una escala "
                            "publicada."
                        ),
                        "pipeline": (
                            "Supervisa a 18 estudiantes de asistente médico al año; el aprendizaje "
                            "de auxiliar médico había formado a nueve egresados."
                        ),
                        "belonging": (
                            "Organiza sesiones trimestrales para escuchar al personal; una "
                            "política sobre la conducta de los pacientes permite a los "
                            "profesionales clínicos traspasar la atención de un paciente agresivo."
                        ),
                        "leadership": (
                            "Dos de sus cinco socios son BIPOC; el consultorio no tenía metas de "
                            "equidad por escrito."
                        ),
                        "community": (
                            "Abre en horario vespertino dos veces por semana y aplica tarifas "
                            "escalonadas a los pacientes sin seguro."
                        ),
                    },
                },
            },
        ],
    },
    # --- Midwest -------------------------------------------------------------------------
    {
        "slug": "larkspur-university-health-sciences-center",
        "name": "Larkspur University Health Sciences Center",
        "type": "academic",
        "city": "Omaha",
        "state": "NE",
        "locations": ["IA"],
        "website": "https://www.larkspurhealth.example/",
        "careers": "https://careers.larkspurhealth.example/",
        "specialties": [
            "family-medicine",
            "emergency-medicine",
            "pharmacy",
            "nursing",
            "public-health",
        ],
        "en": {
            "introduction": (
                "A public academic health sciences center with schools of medicine, nursing, "
                "pharmacy and public health, and hospitals in Omaha and rural Nebraska and Iowa."
            ),
            "description": [
                (
                    "Larkspur University Health Sciences Center trains a large share of the "
                    "physicians, nurses and pharmacists who practise in the Great Plains, and its "
                    "hospitals care for patients from Omaha’s North and South sides to small towns "
                    "across Nebraska and western Iowa."
                ),
                (
                    "Omaha is home to large Black, Latino, Sudanese and Karen communities, and to "
                    "Native families from several tribal nations of the region. Larkspur’s pathway "
                    "programs reach students in all of them, beginning in middle school."
                ),
                (
                    "Its recognition moved up a tier after it rebuilt faculty promotion so that "
                    "mentoring, community work and teaching count alongside research."
                ),
            ],
            "opportunities": (
                "The Larkspur Pipeline Academy takes middle and high-school students from Omaha "
                "and nearby reservations through eight years of science enrichment and paid "
                "clinical work, with a guaranteed interview at one of the university’s "
                "health-professions schools. The family medicine and emergency medicine "
                "residencies have rural tracks, and pharmacy students can complete a year-long "
                "rotation at tribal and community clinics."
            ),
        },
        "es": {
            "introduction": (
                "Un centro público de ciencias de la salud con escuelas de medicina, enfermería, "
                "farmacia y salud pública, y hospitales en Omaha y en zonas rurales de Nebraska e "
                "Iowa."
            ),
            "description": [
                (
                    "Larkspur University Health Sciences Center forma a buena parte de los "
                    "médicos, enfermeros y farmacéuticos que ejercen en las Grandes Llanuras, y "
                    "sus hospitales atienden a pacientes desde los barrios del norte y del sur de "
                    "Omaha hasta pequeños pueblos de Nebraska y del oeste de Iowa."
                ),
                (
                    "En Omaha viven grandes comunidades negras, latinas, sudanesas y karen, y "
                    "familias indígenas de varias naciones tribales de la región. Los programas de "
                    "acceso de Larkspur llegan a estudiantes de todas ellas, desde la escuela "
                    "intermedia."
                ),
                (
                    "Su reconocimiento subió de nivel después de que reformara los ascensos del "
                    "cuerpo docente para que la mentoría, el trabajo comunitario y la docencia "
                    "cuenten junto con la investigación."
                ),
            ],
            "opportunities": (
                "La Larkspur Pipeline Academy acompaña a estudiantes de escuelas intermedias y "
                "secundarias de Omaha y de reservas cercanas durante ocho años de enriquecimiento "
                "científico y trabajo clínico remunerado, con una entrevista garantizada en una de "
                "las escuelas de profesiones de la salud de la universidad. Las residencias de "
                "medicina familiar y de medicina de emergencias tienen vías rurales, y los "
                "estudiantes de farmacia pueden hacer una rotación de un año en clínicas tribales "
                "y comunitarias."
            ),
        },
        "designations": [
            {
                "ago": 1,
                "points": (16, 15, 13, 15, 11, 7),
                "en": {
                    "citation": (
                        "For a pathway that starts in middle school and ends in a white coat, and "
                        "a promotion system that rewards the people who build it."
                    ),
                    "evidence": {
                        "recruitment": (
                            "Under-represented students rose to 24% of the entering medical class "
                            "and 29% in nursing, from 15% and 18% five years earlier."
                        ),
                        "retention": (
                            "Promotion criteria now credit mentoring and community work; BIPOC "
                            "faculty promotion rates matched other faculty’s for the first time."
                        ),
                        "pipeline": (
                            "Of 310 Pipeline Academy graduates, 188 entered health-science majors "
                            "in college and 41 have enrolled in a health-professions school."
                        ),
                        "belonging": (
                            "Every department has completed bystander training; reports of bias "
                            "from patients go to a dedicated response team."
                        ),
                        "leadership": (
                            "The vice chancellor for equity sits on the executive council with a "
                            "$4 million budget; the governing board has set public targets."
                        ),
                        "community": (
                            "Supports two tribal clinics with visiting specialists; local "
                            "purchasing remains modest."
                        ),
                    },
                },
                "es": {
                    "citation": (
                        "Por un camino que empieza en la escuela intermedia y termina en una bata "
                        "blanca, y un sistema de ascensos que premia a quienes lo construyen."
                    ),
                    "evidence": {
                        "recruitment": (
                            "Los estudiantes subrepresentados llegaron al 24% de la promoción de "
                            "ingreso en medicina y al 29% en enfermería, frente al 15% y el 18% de "
                            "cinco años antes."
                        ),
                        "retention": (
                            "Los criterios de ascenso ahora reconocen la mentoría y el trabajo "
                            "comunitario; por primera vez, la tasa de ascenso de los docentes "
                            "BIPOC igualó a la del resto."
                        ),
                        "pipeline": (
                            "De los 310 egresados de la Pipeline Academy, 188 ingresaron a "
                            "carreras universitarias de ciencias de la salud y 41 se han "
                            "matriculado en una escuela de profesiones de la salud."
                        ),
                        "belonging": (
                            "Todos los departamentos completaron una capacitación para intervenir "
                            "como testigos ante el sesgo; los reportes de sesgo por parte de "
                            "pacientes van a un equipo de respuesta propio."
                        ),
                        "leadership": (
                            "El vicerrector de equidad forma parte del consejo ejecutivo con un "
                            "presupuesto de $4 millones; la junta de gobierno ha fijado metas "
                            "públicas."
                        ),
                        "community": (
                            "Apoya a dos clínicas tribales con especialistas visitantes; las "
                            "compras locales siguen siendo modestas."
                        ),
                    },
                },
            },
            {
                "ago": 3,
                "points": (13, 12, 11, 13, 8, 6),
                "en": {
                    "citation": (
                        "For the Pipeline Academy, which reaches students across Omaha and on the "
                        "reservations nearby."
                    ),
                },
                "es": {
                    "citation": (
                        "Por la Pipeline Academy, que llega a estudiantes de todo Omaha y de las "
                        "reservas cercanas."
                    ),
                },
            },
        ],
    },
    {
        "slug": "freshwater-coast-health",
        "name": "Freshwater Coast Health",
        "type": "health_system",
        "city": "Detroit",
        "state": "MI",
        "locations": ["OH", "IN"],
        "website": "https://www.freshwatercoasthealth.example/",
        "careers": "https://jobs.freshwatercoasthealth.example/",
        "specialties": [
            "cardiology",
            "nephrology",
            "internal-medicine",
            "obstetrics-and-gynecology",
            "physician-assistant",
        ],
        "en": {
            "introduction": (
                "A health system of nine hospitals and 120 clinics around the western end of Lake "
                "Erie, from Detroit to Toledo and Fort Wayne."
            ),
            "description": [
                (
                    "Freshwater Coast Health is the largest employer in several of the cities it "
                    "serves and one of the biggest in Detroit. Its heart and kidney programs see "
                    "some of the region’s highest rates of hypertension and diabetes, and the "
                    "system has put its clinicians where those patients live: in neighborhood "
                    "clinics, dialysis centers and churches."
                ),
                (
                    "Its recognition has moved up a tier since it was first awarded. The turning "
                    "point, by its own account, was a decision to pay residents and nurses for the "
                    "mentoring they give, and to make sponsoring BIPOC physicians part of every "
                    "chief’s job."
                ),
            ],
            "opportunities": (
                "Freshwater Coast hosts training in internal medicine, obstetrics and gynecology "
                "and nephrology, and its cardiology fellowship for physician assistants takes four "
                "graduates a year. New physicians in its Detroit and Toledo clinics can receive up "
                "to $120,000 in loan repayment over four years."
            ),
        },
        "es": {
            "introduction": (
                "Un sistema de salud con nueve hospitales y 120 clínicas en el extremo occidental "
                "del lago Erie, de Detroit a Toledo y Fort Wayne."
            ),
            "description": [
                (
                    "Freshwater Coast Health es el mayor empleador de varias de las ciudades que "
                    "atiende y uno de los más grandes de Detroit. Sus programas de corazón y de "
                    "riñón atienden algunas de las tasas más altas de hipertensión y diabetes de "
                    "la región, y el sistema ha llevado a sus profesionales clínicos adonde viven "
                    "esos pacientes: clínicas de barrio, centros de diálisis e iglesias."
                ),
                (
                    "Su reconocimiento ha subido de nivel desde que lo obtuvo por primera vez. El "
                    "punto de inflexión, según el propio sistema, fue la decisión de pagar a "
                    "residentes y enfermeros por la mentoría que ofrecen, y de incluir el "
                    "patrocinio de médicos BIPOC entre las funciones de cada jefe de servicio."
                ),
            ],
            "opportunities": (
                "Freshwater Coast ofrece formación en medicina interna, obstetricia y ginecología "
                "y nefrología, y su programa de posgrado en cardiología para asistentes médicos "
                "recibe a cuatro egresados al año. Los nuevos médicos de sus clínicas de Detroit y "
                "Toledo pueden recibir hasta $120,000 para el pago de préstamos estudiantiles en "
                "cuatro años."
            ),
        },
        "designations": [
            {
                "ago": 0,
                "points": (16, 15, 12, 16, 12, 8),
                "en": {
                    "citation": (
                        "For paying people to mentor and expecting every chief to sponsor, and for "
                        "taking heart and kidney care to the neighborhoods that need it most."
                    ),
                    "evidence": {
                        "recruitment": (
                            "BIPOC physicians rose from 16% to 23% of new hires in three years; "
                            "every search committee includes a trained equity advocate."
                        ),
                        "retention": (
                            "Paid mentoring reached 600 residents and nurses; three-year retention "
                            "of BIPOC physicians rose from 68% to 81%."
                        ),
                        "pipeline": (
                            "Hosts 90 college students a year in paid research and clinical "
                            "internships; 27 have entered medical or PA school."
                        ),
                        "belonging": (
                            "A climate survey of 14,000 staff showed belonging scores for Black "
                            "staff up 8 points; a rapid-response team handles racism from "
                            "patients."
                        ),
                        "leadership": (
                            "Chiefs’ reviews include sponsorship goals; four of the nine hospital "
                            "presidents are BIPOC."
                        ),
                        "community": (
                            "Opened six neighborhood kidney clinics and screens for hypertension "
                            "in 40 Detroit churches."
                        ),
                    },
                },
                "es": {
                    "citation": (
                        "Por pagar a quienes ejercen la mentoría y esperar que cada jefe de "
                        "servicio patrocine, y por llevar la atención cardíaca y renal a los "
                        "barrios que más la necesitan."
                    ),
                    "evidence": {
                        "recruitment": (
                            "Los médicos BIPOC pasaron del 16% al 23% de las nuevas contrataciones "
                            "en tres años; cada comité de selección incluye a una persona "
                            "capacitada en equidad."
                        ),
                        "retention": (
                            "La mentoría remunerada llegó a 600 residentes y enfermeros; la "
                            "retención a tres años de los médicos BIPOC subió del 68% al 81%."
                        ),
                        "pipeline": (
                            "Recibe cada año a 90 estudiantes universitarios en pasantías "
                            "remuneradas de investigación y clínica; 27 han ingresado a escuelas "
                            "de medicina o de asistente médico."
                        ),
                        "belonging": (
                            "Una encuesta de clima a 14,000 empleados mostró que la pertenencia "
                            "del personal negro subió 8 puntos; un equipo de respuesta rápida "
                            "atiende el racismo de pacientes."
                        ),
                        "leadership": (
                            "La evaluación de los jefes de servicio incluye metas de patrocinio; "
                            "cuatro de los nueve presidentes de hospital son BIPOC."
                        ),
                        "community": (
                            "Abrió seis clínicas renales de barrio y realiza pruebas de "
                            "hipertensión en 40 iglesias de Detroit."
                        ),
                    },
                },
            },
            {
                "ago": 2,
                "points": (13, 13, 10, 13, 9, 7),
                "en": {
                    "citation": (
                        "For its first paid mentoring program for residents and nurses, and a "
                        "clear plan to grow it."
                    ),
                },
                "es": {
                    "citation": (
                        "Por su primer programa de mentoría remunerada para residentes y "
                        "enfermeros, y un plan claro para ampliarlo."
                    ),
                },
            },
            {
                "ago": 3,
                "points": (12, 12, 9, 12, 9, 7),
                "en": {
                    "citation": (
                        "For taking heart and kidney screening into Detroit’s churches and "
                        "barbershops."
                    ),
                },
                "es": {
                    "citation": (
                        "Por llevar las pruebas cardíacas y renales a las iglesias y barberías de "
                        "Detroit."
                    ),
                },
            },
        ],
    },
    {
        "slug": "southside-cornerstone-community-health",
        "name": "Southside Cornerstone Community Health",
        "type": "community_health",
        "city": "Chicago",
        "state": "IL",
        "locations": [],
        "website": "https://www.southsidecornerstone.example/",
        "careers": "https://www.southsidecornerstone.example/careers/",
        "specialties": [
            "family-medicine",
            "pediatrics",
            "obstetrics-and-gynecology",
            "public-health",
        ],
        "en": {
            "introduction": (
                "A community health center with eight clinics on Chicago’s South and Southwest "
                "Sides, two of them in schools."
            ),
            "description": [
                (
                    "Southside Cornerstone Community Health serves 41,000 patients in Englewood, "
                    "Chicago Lawn, Little Village and nearby neighborhoods, with primary care, "
                    "prenatal care, pediatrics and behavioral health."
                ),
                (
                    "It was founded by Black and Mexican American parents who wanted a clinic "
                    "their children could walk to, and parents still make up most of its board. "
                    "Its obstetrics team includes three certified nurse-midwives who grew up "
                    "within a mile of the clinic where they work."
                ),
                (
                    "The center pays community health workers a living wage and has built a ladder "
                    "from that job into nursing and social work."
                ),
            ],
            "opportunities": (
                "Southside Cornerstone hosts public health and medical students for community "
                "rotations, runs a paid community health worker training program and helps its "
                "clinicians apply for state and federal loan repayment."
            ),
        },
        "es": {
            "introduction": (
                "Un centro de salud comunitario con ocho clínicas en los barrios del sur y "
                "suroeste de Chicago, dos de ellas en escuelas."
            ),
            "description": [
                (
                    "Southside Cornerstone Community Health atiende a 41,000 pacientes en "
                    "Englewood, Chicago Lawn, La Villita y barrios cercanos, con atención "
                    "primaria, atención prenatal, pediatría y salud mental."
                ),
                (
                    "Lo fundaron madres y padres negros y mexicoamericanos que querían una clínica "
                    "a la que sus hijos pudieran llegar a pie, y las familias siguen siendo "
                    "mayoría en su junta directiva. Su equipo de obstetricia incluye a tres "
                    "enfermeras parteras certificadas que crecieron a menos de una milla de la "
                    "clínica donde trabajan."
                ),
                (
                    "El centro paga un salario digno a sus trabajadores comunitarios de salud y ha "
                    "creado una escala profesional que lleva de ese puesto a la enfermería y al "
                    "trabajo social."
                ),
            ],
            "opportunities": (
                "Southside Cornerstone recibe a estudiantes de salud pública y de medicina en "
                "rotaciones comunitarias, ofrece un programa remunerado de formación de "
                "trabajadores comunitarios de salud y ayuda a sus profesionales clínicos a "
                "solicitar programas estatales y federales de pago de préstamos."
            ),
        },
        "designations": [
            {
                "ago": 1,
                "points": (14, 13, 10, 14, 9, 9),
                "en": {
                    "citation": (
                        "For a health center its neighbors built, and a career ladder that starts "
                        "on their own block."
                    ),
                    "evidence": {
                        "recruitment": (
                            "83% of staff and 64% of clinicians are BIPOC; every community health "
                            "worker is hired from the neighborhoods served."
                        ),
                        "retention": (
                            "A living-wage floor of $22 an hour cut community health worker "
                            "turnover from 45% to 22%."
                        ),
                        "pipeline": (
                            "Hosts 30 students on community rotations each year; seven community "
                            "health workers have gone on to nursing or social work degrees."
                        ),
                        "belonging": (
                            "Staff meet the CEO monthly in open forums; the staff survey shows "
                            "high trust, but bias reports have no written timeline yet."
                        ),
                        "leadership": (
                            "Parents hold 9 of 15 board seats; equity goals are published but not "
                            "yet part of leaders’ reviews."
                        ),
                        "community": (
                            "Two school-based clinics see 3,000 students a year; the center leads "
                            "a neighborhood coalition on violence prevention."
                        ),
                    },
                },
                "es": {
                    "citation": (
                        "Por ser un centro de salud construido por sus vecinos, con una escala "
                        "profesional que empieza en su propia cuadra."
                    ),
                    "evidence": {
                        "recruitment": (
                            "El 83% del personal y el 64% de los profesionales clínicos son BIPOC; "
                            "todos los trabajadores comunitarios de salud se contratan en los "
                            "barrios que atiende."
                        ),
                        "retention": (
                            "Un salario mínimo digno de $22 por hora redujo la rotación de los "
                            "trabajadores comunitarios de salud del 45% al 22%."
                        ),
                        "pipeline": (
                            "Recibe a 30 estudiantes en rotaciones comunitarias cada año; siete "
                            "trabajadores comunitarios de salud han seguido estudios de enfermería "
                            "o trabajo social."
                        ),
                        "belonging": (
                            "El personal se reúne cada mes con la directora general en foros "
                            "abiertos; la encuesta muestra mucha confianza, pero los reportes de "
                            "sesgo aún no tienen plazos por escrito."
                        ),
                        "leadership": (
                            "Las familias ocupan 9 de los 15 puestos de la junta directiva; las "
                            "metas de equidad se publican, pero aún no forman parte de la "
                            "evaluación de los líderes."
                        ),
                        "community": (
                            "Dos clínicas escolares atienden a 3,000 estudiantes al año; el centro "
                            "encabeza una coalición vecinal para la prevención de la violencia."
                        ),
                    },
                },
            },
            {
                "ago": 3,
                "points": (13, 12, 9, 13, 8, 9),
                "en": {
                    "citation": "For school-based clinics that keep children healthy and in class.",
                },
                "es": {
                    "citation": (
                        "Por sus clínicas escolares, que mantienen a los niños sanos y en clase."
                    ),
                },
            },
        ],
    },
    {
        "slug": "riverward-childrens-hospital",
        "name": "Riverward Children’s Hospital",
        "type": "hospital",
        "city": "St. Louis",
        "state": "MO",
        "locations": ["IL"],
        "website": "https://www.riverwardchildrens.example/",
        "careers": "https://www.riverwardchildrens.example/careers/",
        "specialties": ["pediatrics", "psychiatry", "general-surgery", "nursing"],
        "en": {
            "introduction": (
                "A 180-bed children’s hospital on the Mississippi, caring for children from St. "
                "Louis and southern Illinois."
            ),
            "description": [
                (
                    "Riverward Children’s Hospital treats about 90,000 children a year, from "
                    "newborns in intensive care to teenagers in its adolescent mental health unit, "
                    "one of the few in the region."
                ),
                (
                    "Nearly half of its patients are Black, and the hospital set out to make its "
                    "pediatric workforce reflect that: it sponsors a pediatric nursing cohort at a "
                    "local historically Black university, and its pediatric surgery and psychiatry "
                    "teams have recruited BIPOC physicians into leadership roles."
                ),
                (
                    "Its recognition is new, and the hospital has said its next step is to measure "
                    "belonging and retention as carefully as it now measures hiring."
                ),
            ],
            "opportunities": (
                "The pediatric residency offers a funded month-long rotation for visiting medical "
                "students from under-represented groups, and the child and adolescent psychiatry "
                "fellowship takes two fellows a year. The hospital pays tuition for employees "
                "training as pediatric nurses."
            ),
        },
        "es": {
            "introduction": (
                "Un hospital infantil de 180 camas a orillas del Misisipi, que atiende a niños de "
                "St. Louis y del sur de Illinois."
            ),
            "description": [
                (
                    "Riverward Children’s Hospital atiende a unos 90,000 niños al año, desde "
                    "recién nacidos en cuidados intensivos hasta adolescentes en su unidad de "
                    "salud mental juvenil, una de las pocas de la región."
                ),
                (
                    "Casi la mitad de sus pacientes son negros, y el hospital se propuso que su "
                    "personal pediátrico lo reflejara: patrocina un grupo de enfermería pediátrica "
                    "en una universidad local históricamente negra, y sus equipos de cirugía "
                    "pediátrica y psiquiatría han incorporado a médicos BIPOC en puestos de "
                    "liderazgo."
                ),
                (
                    "Su reconocimiento es reciente, y el hospital ha dicho que su siguiente paso "
                    "es medir la pertenencia y la retención con el mismo cuidado con que ahora "
                    "mide la contratación."
                ),
            ],
            "opportunities": (
                "La residencia de pediatría ofrece una rotación financiada de un mes a estudiantes "
                "de medicina visitantes de grupos subrepresentados, y la subespecialización en "
                "psiquiatría infantil y de la adolescencia recibe a dos médicos al año. El "
                "hospital paga la matrícula de los empleados que se forman en enfermería "
                "pediátrica."
            ),
        },
        "designations": [
            {
                "ago": 0,
                "points": (14, 13, 11, 13, 10, 7),
                "en": {
                    "citation": (
                        "For building a pediatric workforce that looks like the children it "
                        "treats, beginning with nurses trained down the road."
                    ),
                    "evidence": {
                        "recruitment": (
                            "BIPOC nurses rose from 15% to 26% of pediatric nursing hires after "
                            "the university cohort began; two BIPOC division chiefs were "
                            "recruited."
                        ),
                        "retention": (
                            "Retention is tracked by race for nurses but not yet for physicians; "
                            "first-year nurse retention is 86% for every group."
                        ),
                        "pipeline": (
                            "The university cohort has graduated 38 pediatric nurses, 31 of whom "
                            "work at Riverward; 22 visiting students have rotated."
                        ),
                        "belonging": (
                            "A family-conduct policy protects staff from racist abuse by visitors; "
                            "the first climate survey is planned for next year."
                        ),
                        "leadership": (
                            "The board adopted equity goals; the chief nursing officer leads the "
                            "work with a dedicated budget."
                        ),
                        "community": (
                            "Funds school nurses in six St. Louis schools and a mobile asthma "
                            "program."
                        ),
                    },
                },
                "es": {
                    "citation": (
                        "Por formar un personal pediátrico que se parezca a los niños que atiende, "
                        "empezando por enfermeros formados a pocas calles."
                    ),
                    "evidence": {
                        "recruitment": (
                            "El personal de enfermería BIPOC pasó del 15% al 26% de las "
                            "contrataciones en enfermería pediátrica desde que comenzó el grupo "
                            "universitario; se incorporaron dos jefes de división BIPOC."
                        ),
                        "retention": (
                            "La retención por raza se mide para el personal de enfermería, pero "
                            "todavía no para los médicos; la retención en el primer año es del 86% "
                            "para todos los grupos."
                        ),
                        "pipeline": (
                            "El grupo universitario ha formado a 38 enfermeros pediátricos, 31 de "
                            "los cuales trabajan en Riverward; 22 estudiantes visitantes han hecho "
                            "la rotación."
                        ),
                        "belonging": (
                            "Una política de conducta para las familias protege al personal frente "
                            "al maltrato racista de visitantes; la primera encuesta de clima está "
                            "prevista para el próximo año."
                        ),
                        "leadership": (
                            "La junta directiva adoptó metas de equidad; la directora de "
                            "enfermería encabeza el trabajo con un presupuesto propio."
                        ),
                        "community": (
                            "Financia enfermeras escolares en seis escuelas de St. Louis y un "
                            "programa móvil para el asma."
                        ),
                    },
                },
            },
        ],
    },
    {
        "slug": "kenwood-lakes-physician-group",
        "name": "Kenwood Lakes Physician Group",
        "type": "group_practice",
        "city": "Cleveland",
        "state": "OH",
        "locations": [],
        "website": "https://www.kenwoodlakes.example/",
        "careers": "https://www.kenwoodlakes.example/physician-careers/",
        "specialties": ["internal-medicine", "endocrinology", "gastroenterology", "dermatology"],
        "en": {
            "introduction": (
                "A multispecialty physician group of 140 clinicians in Cleveland and its eastern "
                "suburbs."
            ),
            "description": [
                (
                    "Kenwood Lakes Physician Group offers internal medicine, endocrinology, "
                    "gastroenterology and dermatology in eleven offices, and runs one of the "
                    "region’s largest diabetes education programs."
                ),
                (
                    "It was recognized for its skin-of-color dermatology clinic and for mentoring "
                    "BIPOC physicians into partnership."
                ),
            ],
            "opportunities": (
                "Kenwood Lakes takes dermatology and gastroenterology residents from local "
                "programs for community rotations and offers physicians a partnership track after "
                "three years."
            ),
        },
        "es": {
            "introduction": (
                "Un grupo médico multiespecialidad de 140 profesionales clínicos en Cleveland y "
                "sus suburbios del este."
            ),
            "description": [
                (
                    "Kenwood Lakes Physician Group ofrece medicina interna, endocrinología, "
                    "gastroenterología y dermatología en once consultorios, y tiene uno de los "
                    "programas de educación sobre diabetes más grandes de la región."
                ),
                (
                    "Fue reconocido por su clínica de dermatología para pieles de color y por "
                    "acompañar con mentoría a médicos BIPOC hasta convertirse en socios."
                ),
            ],
            "opportunities": (
                "Kenwood Lakes recibe a residentes de dermatología y gastroenterología de "
                "programas locales para rotaciones comunitarias y ofrece a los médicos una vía "
                "para hacerse socios a los tres años."
            ),
        },
        "designations": [
            {
                "ago": 1,
                "points": (8, 12, 7, 12, 8, 6),
                "en": {
                    "evidence": {
                        "recruitment": (
                            "One of 17 clinicians hired in the last three years was BIPOC, and the "
                            "recruiting partnership had lapsed."
                        ),
                    },
                },
                "es": {
                    "evidence": {
                        "recruitment": (
                            "Solo uno de los 17 profesionales clínicos contratados en los últimos "
                            "tres años era BIPOC, y la alianza de reclutamiento había caducado."
                        ),
                    },
                },
            },
            {
                "ago": 3,
                "points": (12, 12, 8, 12, 9, 7),
                "en": {
                    "citation": (
                        "For a skin-of-color dermatology clinic and a clear path for BIPOC "
                        "physicians to become partners."
                    ),
                    "evidence": {
                        "recruitment": (
                            "Four of fourteen physicians hired in three years were BIPOC, through "
                            "a recruiting partnership with a regional medical association."
                        ),
                        "retention": (
                            "Three BIPOC physicians became partners through the mentored "
                            "partnership track; no BIPOC physician left in that period."
                        ),
                        "pipeline": (
                            "Hosts 12 residents a year on community rotations but has no program "
                            "for students yet."
                        ),
                        "belonging": (
                            "Started a staff resource group and a written process for reporting "
                            "bias, with a response within ten working days."
                        ),
                        "leadership": (
                            "Two of nine board members are BIPOC; the group published its first "
                            "equity goals."
                        ),
                        "community": (
                            "The skin-of-color clinic and free diabetes classes are open to "
                            "patients of any insurer."
                        ),
                    },
                },
                "es": {
                    "citation": (
                        "Por una clínica de dermatología para pieles de color y un camino claro "
                        "para que los médicos BIPOC se conviertan en socios."
                    ),
                    "evidence": {
                        "recruitment": (
                            "Cuatro de los catorce médicos contratados en tres años eran BIPOC, "
                            "gracias a una alianza de reclutamiento con una asociación médica "
                            "regional."
                        ),
                        "retention": (
                            "Tres médicos BIPOC se hicieron socios por la vía con mentoría; ningún "
                            "médico BIPOC se fue en ese periodo."
                        ),
                        "pipeline": (
                            "Recibe a 12 residentes al año en rotaciones comunitarias, pero aún no "
                            "tiene un programa para estudiantes."
                        ),
                        "belonging": (
                            "Creó un grupo de recursos para el personal y un proceso escrito para "
                            "reportar sesgos, con respuesta en diez días hábiles."
                        ),
                        "leadership": (
                            "Dos de los nueve miembros de la junta son BIPOC; el grupo publicó sus "
                            "primeras metas de equidad."
                        ),
                        "community": (
                            "La clínica para pieles de color y las clases gratuitas sobre diabetes "
                            "están abiertas a pacientes de cualquier aseguradora."
                        ),
                    },
                },
            },
        ],
    },
    {
        "slug": "twin-rivers-regional-public-health-district",
        "name": "Twin Rivers Regional Public Health District",
        "type": "public_health",
        "city": "Saint Paul",
        "state": "MN",
        "locations": [],
        "website": "https://www.twinrivershealth.example/",
        "careers": "https://www.twinrivershealth.example/jobs/",
        "specialties": ["public-health", "infectious-disease", "nursing"],
        "en": {
            "introduction": (
                "The regional public health agency for Saint Paul and four surrounding counties, "
                "with clinics, home visiting and disease control."
            ),
            "description": [
                (
                    "Twin Rivers Regional Public Health District employs 650 nurses, "
                    "epidemiologists, health educators and outreach workers. It serves one of the "
                    "country’s largest Hmong and Somali communities as well as long-established "
                    "Black, Latino and Native neighborhoods."
                ),
                (
                    "It hires outreach workers and public health nurses who speak Hmong, Somali, "
                    "Spanish, Karen and Oromo, and worked with its counties to change "
                    "civil-service rules so that language skills and lived experience count in "
                    "hiring."
                ),
                (
                    "Its home-visiting nurses follow 2,400 families a year from pregnancy to a "
                    "child’s third birthday."
                ),
            ],
            "opportunities": (
                "Twin Rivers offers paid practicums for master of public health students, a public "
                "health nurse residency for new graduates and a community health worker "
                "apprenticeship in five languages."
            ),
        },
        "es": {
            "introduction": (
                "La agencia regional de salud pública de Saint Paul y cuatro condados vecinos, con "
                "clínicas, visitas domiciliarias y control de enfermedades."
            ),
            "description": [
                (
                    "Twin Rivers Regional Public Health District emplea a 650 enfermeros, "
                    "epidemiólogos, educadores de salud y promotores. Atiende a una de las mayores "
                    "comunidades hmong y somalí del país, además de barrios negros, latinos e "
                    "indígenas de larga historia."
                ),
                (
                    "Contrata a promotores y enfermeros de salud pública que hablan hmong, somalí, "
                    "español, karen y oromo, y logró junto con sus condados que las normas del "
                    "servicio civil tengan en cuenta los idiomas y la experiencia de vida en la "
                    "contratación."
                ),
                (
                    "Su personal de enfermería de visitas domiciliarias acompaña cada año a 2,400 "
                    "familias desde el embarazo hasta el tercer cumpleaños del niño."
                ),
            ],
            "opportunities": (
                "Twin Rivers ofrece prácticas remuneradas para estudiantes de maestría en salud "
                "pública, una residencia de enfermería de salud pública para recién egresados y un "
                "aprendizaje de promotor de salud en cinco idiomas."
            ),
        },
        "designations": [
            {
                "ago": 1,
                "points": (13, 13, 10, 14, 10, 9),
                "en": {
                    "citation": (
                        "For a public health workforce that speaks the languages of the families "
                        "it visits."
                    ),
                    "evidence": {
                        "recruitment": (
                            "Changed civil-service rules so language and lived experience count; "
                            "BIPOC hires rose from 22% to 38% in three years."
                        ),
                        "retention": (
                            "Turnover of public health nurses fell from 19% to 12% after the "
                            "new-graduate residency began."
                        ),
                        "pipeline": (
                            "Hosts 25 paid public health practicums a year; 16 apprentices have "
                            "become certified community health workers."
                        ),
                        "belonging": (
                            "Staff can report bias to an ombudsperson outside their chain of "
                            "command; climate survey results are published."
                        ),
                        "leadership": (
                            "The director’s goals include workforce diversity; the advisory board "
                            "is 45% BIPOC."
                        ),
                        "community": (
                            "Community organizations co-lead its immunization and maternal health "
                            "programs, under paid contracts."
                        ),
                    },
                },
                "es": {
                    "citation": (
                        "Por un personal de salud pública que habla los idiomas de las familias "
                        "que visita."
                    ),
                    "evidence": {
                        "recruitment": (
                            "Cambió las normas del servicio civil para que cuenten los idiomas y "
                            "la experiencia de vida; las contrataciones de personas BIPOC pasaron "
                            "del 22% al 38% en tres años."
                        ),
                        "retention": (
                            "La rotación del personal de enfermería de salud pública bajó del 19% "
                            "al 12% desde que comenzó la residencia para recién egresados."
                        ),
                        "pipeline": (
                            "Recibe cada año a 25 estudiantes en prácticas remuneradas de salud "
                            "pública; 16 aprendices se han certificado como trabajadores "
                            "comunitarios de salud."
                        ),
                        "belonging": (
                            "El personal puede reportar sesgos a una defensoría fuera de su línea "
                            "jerárquica; los resultados de la encuesta de clima se publican."
                        ),
                        "leadership": (
                            "Las metas de la dirección incluyen la diversidad del personal; el "
                            "consejo asesor es BIPOC en un 45%."
                        ),
                        "community": (
                            "Organizaciones comunitarias codirigen, con contratos remunerados, sus "
                            "programas de vacunación y de salud materna."
                        ),
                    },
                },
            },
        ],
    },
    # --- South ---------------------------------------------------------------------------
    {
        "slug": "tidewater-crescent-health",
        "name": "Tidewater Crescent Health",
        "type": "health_system",
        "city": "Norfolk",
        "state": "VA",
        "locations": ["NC", "MD"],
        "website": "https://www.tidewatercrescent.example/",
        "careers": "https://careers.tidewatercrescent.example/",
        "specialties": [
            "family-medicine",
            "obstetrics-and-gynecology",
            "cardiology",
            "nursing",
            "hematology-and-oncology",
        ],
        "en": {
            "introduction": (
                "A nonprofit health system of twelve hospitals and 200 sites of care along the "
                "Chesapeake Bay and the Carolina coast."
            ),
            "description": [
                (
                    "Tidewater Crescent Health cares for 1.3 million people in Hampton Roads, "
                    "northeastern North Carolina and Maryland’s Eastern Shore, a region with "
                    "deep-rooted Black communities, a large military population and some of the "
                    "longest drives to care on the East Coast."
                ),
                (
                    "It was among the first employers NMF recognized, and it has held the highest "
                    "tier in its last two designations. The work that earned it began with a "
                    "decision by its board to publish the system’s workforce data by race, unit "
                    "and role every year, and to hold executives to the results."
                ),
                (
                    "Partnerships with two historically Black universities in the region supply "
                    "its nurses, pharmacists and physician assistants, and its residencies in "
                    "family medicine and in obstetrics and gynecology prepare physicians for rural "
                    "practice."
                ),
            ],
            "opportunities": (
                "The Tidewater Scholars program pays tuition and a stipend for nursing and "
                "pharmacy students from partner universities who commit to two years of work in "
                "the system. The family medicine residency has a rural track on the Eastern Shore, "
                "and hematology and oncology fellows train at the system’s cancer center, which "
                "runs a patient navigator program for Black patients with breast and prostate "
                "cancer."
            ),
        },
        "es": {
            "introduction": (
                "Un sistema de salud sin fines de lucro con doce hospitales y 200 centros de "
                "atención a lo largo de la bahía de Chesapeake y la costa de Carolina."
            ),
            "description": [
                (
                    "Tidewater Crescent Health atiende a 1.3 millones de personas en Hampton "
                    "Roads, el noreste de Carolina del Norte y la costa oriental de Maryland, una "
                    "región con comunidades negras de profundas raíces, una gran población militar "
                    "y algunos de los trayectos más largos para recibir atención en la costa este."
                ),
                (
                    "Fue uno de los primeros empleadores reconocidos por NMF y ha obtenido el "
                    "nivel más alto en sus dos últimas designaciones. El trabajo que lo hizo "
                    "posible comenzó con la decisión de su junta directiva de publicar cada año "
                    "los datos del personal por raza, unidad y puesto, y de exigir cuentas a los "
                    "directivos por los resultados."
                ),
                (
                    "Sus alianzas con dos universidades históricamente negras de la región le "
                    "aportan enfermeros, farmacéuticos y asistentes médicos, y sus residencias de "
                    "medicina familiar y de obstetricia y ginecología preparan a médicos para "
                    "ejercer en zonas rurales."
                ),
            ],
            "opportunities": (
                "El programa Tidewater Scholars paga la matrícula y un estipendio a estudiantes de "
                "enfermería y farmacia de las universidades aliadas que se comprometen a trabajar "
                "dos años en el sistema. La residencia de medicina familiar tiene una vía rural en "
                "la costa oriental, y quienes se subespecializan en hematología y oncología se "
                "forman en el centro oncológico del sistema, que ofrece un programa de navegación "
                "para pacientes negros con cáncer de mama y de próstata."
            ),
        },
        "designations": [
            {
                "ago": 0,
                "points": (19, 18, 13, 18, 14, 10),
                "en": {
                    "citation": (
                        "For publishing its workforce data every year, holding its leaders to it, "
                        "and caring for the coast’s most isolated communities."
                    ),
                    "evidence": {
                        "recruitment": (
                            "BIPOC clinicians are 34% of the physicians, 41% of the nurses and 52% "
                            "of the pharmacists hired in the last three years, close to the "
                            "region’s population."
                        ),
                        "retention": (
                            "Five-year retention of BIPOC nurses rose from 58% to 79%; a yearly "
                            "pay-equity audit is published with the workforce report."
                        ),
                        "pipeline": (
                            "Tidewater Scholars has graduated 420 nurses and pharmacists, 76% of "
                            "whom still work in the system."
                        ),
                        "belonging": (
                            "Belonging scores are within 2 points across every racial group; each "
                            "hospital has a funded employee resource group and a bias response "
                            "team."
                        ),
                        "leadership": (
                            "Half of executive incentive pay depends on equity and quality goals; "
                            "the board and the executive team are each 40% BIPOC."
                        ),
                        "community": (
                            "Mobile units and patient navigators cut the time from an abnormal "
                            "mammogram to diagnosis for Black women from 41 to 12 days."
                        ),
                    },
                },
                "es": {
                    "citation": (
                        "Por publicar cada año los datos de su personal, exigir cuentas a sus "
                        "líderes por ellos y atender a las comunidades más aisladas de la costa."
                    ),
                    "evidence": {
                        "recruitment": (
                            "Los profesionales BIPOC son el 34% de los médicos, el 41% de los "
                            "enfermeros y el 52% de los farmacéuticos contratados en los últimos "
                            "tres años, cerca de la composición de la región."
                        ),
                        "retention": (
                            "La retención a cinco años del personal de enfermería BIPOC subió del "
                            "58% al 79%; cada año se publica una auditoría de equidad salarial "
                            "junto con el informe del personal."
                        ),
                        "pipeline": (
                            "Tidewater Scholars ha formado a 420 enfermeros y farmacéuticos, el "
                            "76% de los cuales sigue trabajando en el sistema."
                        ),
                        "belonging": (
                            "Los índices de pertenencia difieren en menos de 2 puntos entre todos "
                            "los grupos raciales; cada hospital tiene un grupo de recursos para "
                            "empleados con presupuesto y un equipo de respuesta ante sesgos."
                        ),
                        "leadership": (
                            "La mitad de los incentivos de los directivos depende de metas de "
                            "equidad y calidad; la junta directiva y el equipo ejecutivo son BIPOC "
                            "en un 40% cada uno."
                        ),
                        "community": (
                            "Las unidades móviles y los navegadores de pacientes redujeron de 41 a "
                            "12 días el tiempo entre una mamografía anormal y el diagnóstico en "
                            "mujeres negras."
                        ),
                    },
                },
            },
            {
                "ago": 2,
                "points": (18, 18, 13, 17, 14, 10),
                "en": {
                    "citation": (
                        "For a workforce report that tells the truth and leaders who answer for it."
                    ),
                },
                "es": {
                    "citation": (
                        "Por un informe del personal que dice la verdad y líderes que responden "
                        "por él."
                    ),
                },
            },
            {
                "ago": 4,
                "points": (16, 15, 12, 15, 12, 9),
                "en": {
                    "citation": (
                        "For Tidewater Scholars, a partnership with historically Black "
                        "universities that keeps their graduates close to home."
                    ),
                },
                "es": {
                    "citation": (
                        "Por Tidewater Scholars, una alianza con universidades históricamente "
                        "negras que mantiene a sus egresados cerca de casa."
                    ),
                },
            },
        ],
    },
    {
        "slug": "magnolia-bend-university-medical-center",
        "name": "Magnolia Bend University Medical Center",
        "type": "academic",
        "city": "New Orleans",
        "state": "LA",
        "locations": ["MS"],
        "website": "https://www.magnoliabendmedicine.example/",
        "careers": "https://www.magnoliabendmedicine.example/careers/",
        "specialties": [
            "infectious-disease",
            "internal-medicine",
            "emergency-medicine",
            "obstetrics-and-gynecology",
        ],
        "en": {
            "introduction": (
                "A private university’s medical center in New Orleans, with a medical school, a "
                "safety-net hospital and clinics on the Mississippi Gulf Coast."
            ),
            "description": [
                (
                    "Magnolia Bend University Medical Center trains 450 residents and fellows and "
                    "is known for infectious disease and tropical medicine, a legacy of the city’s "
                    "history with yellow fever and of its work through the HIV epidemic."
                ),
                (
                    "Its pathway into medicine is strong: partnerships with the city’s "
                    "historically Black and Catholic universities bring hundreds of students "
                    "through its labs and clinics. Keeping BIPOC physicians once they finish "
                    "training has been harder, and the center says its retention work is only "
                    "beginning."
                ),
            ],
            "opportunities": (
                "The Magnolia Bend Summer Research Fellowship pays 24 undergraduates from partner "
                "universities for ten weeks in infectious disease, emergency medicine and "
                "obstetrics labs. Medical students can join a longitudinal track at the safety-net "
                "hospital, and the internal medicine residency keeps places in a primary care "
                "track on the Gulf Coast."
            ),
        },
        "es": {
            "introduction": (
                "El centro médico de una universidad privada en Nueva Orleans, con una escuela de "
                "medicina, un hospital de la red de seguridad y clínicas en la costa del golfo de "
                "Misisipi."
            ),
            "description": [
                (
                    "Magnolia Bend University Medical Center forma a 450 residentes y médicos en "
                    "subespecialización y es conocido por las enfermedades infecciosas y la "
                    "medicina tropical, herencia de la historia de la ciudad con la fiebre "
                    "amarilla y de su trabajo durante la epidemia del VIH."
                ),
                (
                    "Su vía de acceso a la medicina es sólida: alianzas con las universidades "
                    "históricamente negras y católicas de la ciudad llevan a cientos de "
                    "estudiantes a sus laboratorios y clínicas. Conservar a los médicos BIPOC una "
                    "vez terminada su formación ha sido más difícil, y el centro dice que su "
                    "trabajo en retención apenas comienza."
                ),
            ],
            "opportunities": (
                "La Magnolia Bend Summer Research Fellowship paga diez semanas de trabajo a 24 "
                "estudiantes universitarios de las universidades aliadas en laboratorios de "
                "enfermedades infecciosas, medicina de emergencias y obstetricia. Los estudiantes "
                "de medicina pueden sumarse a una vía longitudinal en el hospital de la red de "
                "seguridad, y la residencia de medicina interna reserva plazas en una vía de "
                "atención primaria en la costa del golfo."
            ),
        },
        "designations": [
            {
                "ago": 0,
                "points": (14, 12, 12, 12, 9, 8),
                "en": {
                    "citation": (
                        "For opening its labs and clinics to hundreds of students from New "
                        "Orleans’s historically Black and Catholic universities."
                    ),
                    "evidence": {
                        "recruitment": (
                            "Under-represented residents rose from 12% to 20% of incoming classes; "
                            "the center recruits at national conferences of BIPOC medical "
                            "students."
                        ),
                        "retention": (
                            "BIPOC faculty leave at nearly twice the rate of other faculty; a "
                            "sponsorship program started this year."
                        ),
                        "pipeline": (
                            "The Summer Research Fellowship has 180 alumni; 74 are in medical or "
                            "graduate school, 19 of them at Magnolia Bend."
                        ),
                        "belonging": (
                            "A bias-reporting system launched last year; early climate survey "
                            "results show a 10-point gap for Black staff."
                        ),
                        "leadership": (
                            "The dean’s cabinet adopted equity goals; three of fourteen department "
                            "chairs are BIPOC."
                        ),
                        "community": (
                            "Its HIV and hepatitis C clinics offer free testing and treatment "
                            "across the city and the Gulf Coast."
                        ),
                    },
                },
                "es": {
                    "citation": (
                        "Por abrir sus laboratorios y clínicas a cientos de estudiantes de las "
                        "universidades históricamente negras y católicas de Nueva Orleans."
                    ),
                    "evidence": {
                        "recruitment": (
                            "Los residentes subrepresentados pasaron del 12% al 20% de las "
                            "promociones de ingreso; el centro recluta en congresos nacionales de "
                            "estudiantes de medicina BIPOC."
                        ),
                        "retention": (
                            "Los docentes BIPOC se van a casi el doble de ritmo que el resto; este "
                            "año comenzó un programa de patrocinio."
                        ),
                        "pipeline": (
                            "La Summer Research Fellowship tiene 180 exalumnos; 74 cursan estudios "
                            "de medicina o de posgrado, 19 de ellos en Magnolia Bend."
                        ),
                        "belonging": (
                            "El año pasado se puso en marcha un sistema para reportar sesgos; los "
                            "primeros resultados de la encuesta de clima muestran una diferencia "
                            "de 10 puntos para el personal negro."
                        ),
                        "leadership": (
                            "El gabinete del decano adoptó metas de equidad; tres de los catorce "
                            "jefes de departamento son BIPOC."
                        ),
                        "community": (
                            "Sus clínicas de VIH y hepatitis C ofrecen pruebas y tratamiento "
                            "gratuitos en toda la ciudad y en la costa del golfo."
                        ),
                    },
                },
            },
        ],
    },
    {
        "slug": "red-clay-community-health-centers",
        "name": "Red Clay Community Health Centers",
        "type": "community_health",
        "city": "Atlanta",
        "state": "GA",
        "locations": ["AL"],
        "website": "https://www.redclayhealth.example/",
        "careers": "https://www.redclayhealth.example/careers/",
        "specialties": [
            "family-medicine",
            "pediatrics",
            "dentistry",
            "pharmacy",
            "obstetrics-and-gynecology",
        ],
        "en": {
            "introduction": (
                "A network of fourteen community health centers in metro Atlanta, west Georgia and "
                "eastern Alabama, with dental and pharmacy services at every site."
            ),
            "description": [
                (
                    "Red Clay Community Health Centers serves 96,000 patients, more than 70% of "
                    "them Black and 15% Latino, in city neighborhoods and in rural counties where "
                    "it is often the only source of primary care."
                ),
                (
                    "Red Clay runs its own pharmacies and dental clinics, and it has become a "
                    "training ground for Black pharmacists and dentists in the region: most of its "
                    "pharmacists trained with it as students."
                ),
                (
                    "A staff council elected by employees reviews pay, scheduling and safety with "
                    "the executive team every quarter."
                ),
            ],
            "opportunities": (
                "Red Clay offers a postgraduate pharmacy residency in ambulatory care, dental "
                "externships for students from two regional dental schools, and a family medicine "
                "and obstetrics rotation for medical students. Clinicians may qualify for federal "
                "loan repayment at every site."
            ),
        },
        "es": {
            "introduction": (
                "Una red de catorce centros de salud comunitarios en el área metropolitana de "
                "Atlanta, el oeste de Georgia y el este de Alabama, con servicios odontológicos y "
                "de farmacia en todas sus sedes."
            ),
            "description": [
                (
                    "Red Clay Community Health Centers atiende a 96,000 pacientes, más del 70% "
                    "negros y el 15% latinos, en barrios urbanos y en condados rurales donde a "
                    "menudo es la única fuente de atención primaria."
                ),
                (
                    "Red Clay tiene sus propias farmacias y clínicas odontológicas, y se ha "
                    "convertido en un lugar de formación para farmacéuticos y odontólogos negros "
                    "de la región: la mayoría de sus farmacéuticos se formaron allí como "
                    "estudiantes."
                ),
                (
                    "Un consejo del personal, elegido por los empleados, revisa cada trimestre con "
                    "el equipo ejecutivo los sueldos, los horarios y la seguridad."
                ),
            ],
            "opportunities": (
                "Red Clay ofrece una residencia de posgrado en farmacia ambulatoria, prácticas "
                "odontológicas para estudiantes de dos escuelas de odontología de la región y una "
                "rotación de medicina familiar y obstetricia para estudiantes de medicina. Los "
                "profesionales clínicos pueden acceder al pago federal de préstamos estudiantiles "
                "en todas las sedes."
            ),
        },
        "designations": [
            {
                "ago": 1,
                "points": (15, 15, 12, 16, 11, 10),
                "en": {
                    "citation": (
                        "For training the region’s next Black pharmacists and dentists, and giving "
                        "its staff a real voice in how the centers are run."
                    ),
                    "evidence": {
                        "recruitment": (
                            "78% of clinicians are BIPOC; 11 of the 13 pharmacists hired in three "
                            "years trained at Red Clay as students or residents."
                        ),
                        "retention": (
                            "After the staff council’s first pay review, medical assistant wages "
                            "rose 14% and turnover fell by a third."
                        ),
                        "pipeline": (
                            "Hosts 60 pharmacy, dental and medical students a year; the pharmacy "
                            "residency has graduated 22 pharmacists."
                        ),
                        "belonging": (
                            "The elected staff council meets executives every quarter; 88% of "
                            "staff would recommend Red Clay as a place to work."
                        ),
                        "leadership": (
                            "The CEO and five of seven executives are BIPOC; equity goals are part "
                            "of the board’s yearly review of the CEO."
                        ),
                        "community": (
                            "Free transport to appointments in six rural counties, and a "
                            "sliding-fee dental program that saw 12,000 uninsured patients."
                        ),
                    },
                },
                "es": {
                    "citation": (
                        "Por formar a los próximos farmacéuticos y odontólogos negros de la "
                        "región, y dar a su personal una voz real en la gestión de los centros."
                    ),
                    "evidence": {
                        "recruitment": (
                            "El 78% de los profesionales clínicos son BIPOC; 11 de los 13 "
                            "farmacéuticos contratados en tres años se formaron en Red Clay como "
                            "estudiantes o residentes."
                        ),
                        "retention": (
                            "Tras la primera revisión salarial del consejo del personal, el sueldo "
                            "de los auxiliares médicos subió un 14% y la rotación bajó un tercio."
                        ),
                        "pipeline": (
                            "Recibe a 60 estudiantes de farmacia, odontología y medicina al año; "
                            "la residencia de farmacia ha formado a 22 farmacéuticos."
                        ),
                        "belonging": (
                            "El consejo del personal, elegido por los empleados, se reúne cada "
                            "trimestre con los directivos; el 88% del personal recomendaría Red "
                            "Clay como lugar de trabajo."
                        ),
                        "leadership": (
                            "El director general y cinco de los siete directivos son BIPOC; las "
                            "metas de equidad forman parte de la evaluación anual del director "
                            "general por parte de la junta."
                        ),
                        "community": (
                            "Transporte gratuito a las citas en seis condados rurales y un "
                            "programa odontológico con tarifas escalonadas que atendió a 12,000 "
                            "pacientes sin seguro."
                        ),
                    },
                },
            },
        ],
    },
    {
        "slug": "cypress-hollow-medical-center",
        "name": "Cypress Hollow Medical Center",
        "type": "hospital",
        "city": "Jackson",
        "state": "MS",
        "locations": [],
        "website": "https://www.cypresshollowmedical.example/",
        "careers": "https://www.cypresshollowmedical.example/careers/",
        "specialties": ["general-surgery", "family-medicine", "nursing", "radiology"],
        "en": {
            "introduction": (
                "A 250-bed community hospital in Jackson and the referral hospital for surgery and "
                "imaging for much of central Mississippi and the Delta."
            ),
            "description": [
                (
                    "Cypress Hollow Medical Center serves a state where Black residents make up "
                    "more than a third of the population but a far smaller share of physicians. "
                    "More than 60% of its patients are Black, and many travel over an hour to "
                    "reach it."
                ),
                (
                    "The hospital has focused on the clinicians rural Mississippi most needs: "
                    "general surgeons, family physicians, nurses and radiologic technologists. It "
                    "pays for its technologists and nurses to train while they work, and its "
                    "general surgery residency, one of the few in the state, sends most of its "
                    "graduates to practise in Mississippi."
                ),
            ],
            "opportunities": (
                "The general surgery residency has a rural track with rotations in Delta "
                "hospitals, and the hospital’s radiologic technology program trains 16 students a "
                "year at no cost in return for two years’ work. Nurses can complete a bachelor’s "
                "degree online with tuition paid."
            ),
        },
        "es": {
            "introduction": (
                "Un hospital comunitario de 250 camas en Jackson y el hospital de referencia en "
                "cirugía e imágenes para buena parte del centro de Misisipi y el Delta."
            ),
            "description": [
                (
                    "Cypress Hollow Medical Center atiende a un estado donde las personas negras "
                    "son más de un tercio de la población, pero una proporción mucho menor de los "
                    "médicos. Más del 60% de sus pacientes son negros, y muchos viajan más de una "
                    "hora para llegar."
                ),
                (
                    "El hospital se ha centrado en los profesionales que más necesita el Misisipi "
                    "rural: cirujanos generales, médicos de familia, enfermeros y técnicos en "
                    "radiología. Paga la formación de sus técnicos y enfermeros mientras trabajan, "
                    "y su residencia de cirugía general, una de las pocas del estado, envía a la "
                    "mayoría de sus egresados a ejercer en Misisipi."
                ),
            ],
            "opportunities": (
                "La residencia de cirugía general tiene una vía rural con rotaciones en hospitales "
                "del Delta, y el programa de tecnología radiológica del hospital forma "
                "gratuitamente a 16 estudiantes al año a cambio de dos años de trabajo. El "
                "personal de enfermería puede completar una licenciatura en línea con la matrícula "
                "pagada."
            ),
        },
        "designations": [
            {
                "ago": 1,
                "points": (13, 12, 10, 12, 8, 8),
                "en": {
                    "citation": (
                        "For training the surgeons, nurses and technologists rural Mississippi "
                        "needs, and keeping them in the state."
                    ),
                    "evidence": {
                        "recruitment": (
                            "Three of the last five general surgery residency classes were "
                            "majority Black; the hospital recruits at Mississippi’s historically "
                            "Black universities."
                        ),
                        "retention": (
                            "Retention of BIPOC nurses is tracked and improving, from 71% to 78% "
                            "at two years; there is no formal mentoring program yet."
                        ),
                        "pipeline": (
                            "The radiologic technology program has trained 96 technologists; 70% "
                            "of them work in Mississippi hospitals."
                        ),
                        "belonging": (
                            "Staff can report bias to a hotline with a 14-day response; the "
                            "climate survey has been run once."
                        ),
                        "leadership": (
                            "The board adopted equity goals; one of eight executives is BIPOC."
                        ),
                        "community": (
                            "Holds free surgical consultations in four Delta towns every month."
                        ),
                    },
                },
                "es": {
                    "citation": (
                        "Por formar a los cirujanos, enfermeros y técnicos que necesita el "
                        "Misisipi rural, y conservarlos en el estado."
                    ),
                    "evidence": {
                        "recruitment": (
                            "Tres de las últimas cinco promociones de la residencia de cirugía "
                            "general fueron mayoritariamente negras; el hospital recluta en las "
                            "universidades históricamente negras de Misisipi."
                        ),
                        "retention": (
                            "La retención del personal de enfermería BIPOC se mide y mejora, del "
                            "71% al 78% a dos años; todavía no hay un programa formal de mentoría."
                        ),
                        "pipeline": (
                            "El programa de tecnología radiológica ha formado a 96 técnicos; el "
                            "70% de ellos trabaja en hospitales de Misisipi."
                        ),
                        "belonging": (
                            "El personal puede reportar sesgos en una línea con respuesta en 14 "
                            "días; la encuesta de clima se ha hecho una sola vez."
                        ),
                        "leadership": (
                            "La junta directiva adoptó metas de equidad; uno de los ocho "
                            "directivos es BIPOC."
                        ),
                        "community": (
                            "Ofrece cada mes consultas quirúrgicas gratuitas en cuatro pueblos del "
                            "Delta."
                        ),
                    },
                },
            },
        ],
    },
    {
        "slug": "capitol-riverside-hospital",
        "name": "Capitol Riverside Hospital",
        "type": "hospital",
        "city": "Washington",
        "state": "DC",
        "locations": ["MD"],
        "website": "https://www.capitolriverside.example/",
        "careers": "https://www.capitolriverside.example/careers/",
        "specialties": [
            "internal-medicine",
            "cardiology",
            "emergency-medicine",
            "pulmonary-and-critical-care",
        ],
        "en": {
            "introduction": (
                "A 400-bed teaching hospital east of the Anacostia River, with a trauma center and "
                "a large internal medicine residency."
            ),
            "description": [
                (
                    "Capitol Riverside Hospital cares for patients from Washington’s Wards 7 and 8 "
                    "and from Prince George’s County, Maryland, communities that are mostly Black "
                    "and have long had fewer hospital beds than the rest of the region."
                ),
                (
                    "Its internal medicine residency is one of the largest in the city, and many "
                    "of its residents come from historically Black medical schools. The hospital "
                    "has built its cardiology and pulmonary and critical care services around the "
                    "high rates of heart disease, asthma and COPD in its neighborhoods."
                ),
            ],
            "opportunities": (
                "The internal medicine residency offers tracks in primary care and in health "
                "equity research, and cardiology and pulmonary and critical care fellows train on "
                "site. The hospital’s Ward Scholars program hires high-school students from Wards "
                "7 and 8 as paid patient-care assistants."
            ),
        },
        "es": {
            "introduction": (
                "Un hospital docente de 400 camas al este del río Anacostia, con un centro de "
                "trauma y una gran residencia de medicina interna."
            ),
            "description": [
                (
                    "Capitol Riverside Hospital atiende a pacientes de los distritos 7 y 8 de "
                    "Washington y del condado de Prince George’s, en Maryland, comunidades "
                    "mayoritariamente negras que durante mucho tiempo han tenido menos camas de "
                    "hospital que el resto de la región."
                ),
                (
                    "Su residencia de medicina interna es una de las más grandes de la ciudad, y "
                    "muchos de sus residentes provienen de escuelas de medicina históricamente "
                    "negras. El hospital ha organizado sus servicios de cardiología y de "
                    "neumología y cuidados intensivos en torno a las altas tasas de cardiopatía, "
                    "asma y EPOC de sus barrios."
                ),
            ],
            "opportunities": (
                "La residencia de medicina interna ofrece vías en atención primaria y en "
                "investigación sobre equidad en salud, y quienes se subespecializan en cardiología "
                "y en neumología y cuidados intensivos se forman en el propio hospital. El "
                "programa Ward Scholars contrata a estudiantes de secundaria de los distritos 7 y "
                "8 como auxiliares remunerados de atención al paciente."
            ),
        },
        "designations": [
            {
                "ago": 0,
                "points": (14, 13, 10, 14, 10, 7),
                "en": {
                    "citation": (
                        "For a residency that draws on historically Black medical schools, and a "
                        "hospital built around its neighbors’ hearts and lungs."
                    ),
                    "evidence": {
                        "recruitment": (
                            "58% of internal medicine residents are BIPOC; a third graduated from "
                            "historically Black medical schools."
                        ),
                        "retention": (
                            "Two-year retention of BIPOC nurses is 74%, up from 66%; a mentoring "
                            "program pairs new nurses with senior colleagues."
                        ),
                        "pipeline": (
                            "Ward Scholars has employed 120 high-school students; 45 are now in "
                            "college health programs."
                        ),
                        "belonging": (
                            "Residents rate the program’s response to mistreatment highly; the "
                            "hospital-wide climate survey shows a 7-point gap."
                        ),
                        "leadership": (
                            "The board is majority BIPOC; executives’ goals include equity "
                            "measures from this year."
                        ),
                        "community": (
                            "Runs an asthma home-visit program and a heart-health clinic at two "
                            "recreation centers."
                        ),
                    },
                },
                "es": {
                    "citation": (
                        "Por una residencia que se nutre de escuelas de medicina históricamente "
                        "negras, y un hospital organizado en torno al corazón y los pulmones de "
                        "sus vecinos."
                    ),
                    "evidence": {
                        "recruitment": (
                            "El 58% de los residentes de medicina interna son BIPOC; un tercio se "
                            "graduó en escuelas de medicina históricamente negras."
                        ),
                        "retention": (
                            "La retención a dos años del personal de enfermería BIPOC es del 74%, "
                            "frente al 66% anterior; un programa de mentoría acompaña a los nuevos "
                            "enfermeros con colegas de más experiencia."
                        ),
                        "pipeline": (
                            "Ward Scholars ha empleado a 120 estudiantes de secundaria; 45 cursan "
                            "hoy carreras universitarias de la salud."
                        ),
                        "belonging": (
                            "Los residentes valoran mucho la respuesta del programa ante el "
                            "maltrato; la encuesta de clima de todo el hospital muestra una "
                            "diferencia de 7 puntos."
                        ),
                        "leadership": (
                            "La mayoría de la junta directiva es BIPOC; desde este año, las metas "
                            "de los directivos incluyen indicadores de equidad."
                        ),
                        "community": (
                            "Ofrece un programa de visitas domiciliarias para el asma y una "
                            "clínica de salud cardíaca en dos centros recreativos."
                        ),
                    },
                },
            },
        ],
    },
    {
        "slug": "rio-grande-bridge-medical-group",
        "name": "Rio Grande Bridge Medical Group",
        "type": "group_practice",
        "city": "El Paso",
        "state": "TX",
        "locations": ["NM"],
        "website": "https://www.riograndebridge.example/",
        "careers": "https://www.riograndebridge.example/join/",
        "specialties": ["family-medicine", "internal-medicine", "endocrinology", "pediatrics"],
        "en": {
            "introduction": (
                "A bilingual multispecialty medical group of 90 clinicians in El Paso and southern "
                "New Mexico."
            ),
            "description": [
                (
                    "Rio Grande Bridge Medical Group was founded by four Mexican American "
                    "physicians who trained in El Paso and wanted to practise where they grew up. "
                    "Today it offers family medicine, internal medicine, pediatrics and "
                    "endocrinology, and nearly all of its clinicians and staff speak Spanish."
                ),
                (
                    "Diabetes affects about one in seven adults in the region, and the group’s "
                    "endocrinologists, diabetes educators and promotoras run one of the largest "
                    "community diabetes programs on the border."
                ),
            ],
            "opportunities": (
                "The group takes family medicine residents and physician assistant students on "
                "rotation, offers signing bonuses and loan repayment to bilingual physicians, and "
                "runs a paid promotora training program."
            ),
        },
        "es": {
            "introduction": (
                "Un grupo médico bilingüe multiespecialidad con 90 profesionales clínicos en El "
                "Paso y el sur de Nuevo México."
            ),
            "description": [
                (
                    "Rio Grande Bridge Medical Group fue fundado por cuatro médicos "
                    "mexicoamericanos que se formaron en El Paso y querían ejercer donde "
                    "crecieron. Hoy ofrece medicina familiar, medicina interna, pediatría y "
                    "endocrinología, y casi todos sus profesionales clínicos y empleados hablan "
                    "español."
                ),
                (
                    "La diabetes afecta a cerca de uno de cada siete adultos de la región, y los "
                    "endocrinólogos, educadores en diabetes y promotoras del grupo dirigen uno de "
                    "los programas comunitarios de diabetes más grandes de la frontera."
                ),
            ],
            "opportunities": (
                "El grupo recibe en rotación a residentes de medicina familiar y a estudiantes de "
                "asistente médico, ofrece bonos de contratación y pago de préstamos estudiantiles "
                "a médicos bilingües, y tiene un programa remunerado de formación de promotoras."
            ),
        },
        "designations": [
            {
                "ago": 0,
                "points": (14, 13, 9, 13, 9, 8),
                "en": {
                    "citation": (
                        "For care in the language of the border, and a diabetes program that "
                        "reaches families through promotoras."
                    ),
                    "evidence": {
                        "recruitment": (
                            "84% of clinicians are Latino; the group recruits from the region’s "
                            "medical school and residency programs."
                        ),
                        "retention": (
                            "Physician turnover averages 5% a year; all staff are paid on a "
                            "published scale with a bilingual differential."
                        ),
                        "pipeline": (
                            "Hosts 20 residents and students a year; the promotora program has "
                            "trained 48 community health workers."
                        ),
                        "belonging": (
                            "Staff meetings are held in both languages; a new policy supports "
                            "staff who face discrimination from patients."
                        ),
                        "leadership": (
                            "The founders and partners are Latino; the group has not yet published "
                            "equity goals."
                        ),
                        "community": (
                            "Its promotoras reached 6,000 families with diabetes education and "
                            "screening last year."
                        ),
                    },
                },
                "es": {
                    "citation": (
                        "Por ofrecer atención en el idioma de la frontera y un programa de "
                        "diabetes que llega a las familias a través de promotoras."
                    ),
                    "evidence": {
                        "recruitment": (
                            "El 84% de los profesionales clínicos son latinos; el grupo recluta en "
                            "la escuela de medicina y en las residencias de la región."
                        ),
                        "retention": (
                            "La rotación de médicos es en promedio del 5% anual; todo el personal "
                            "cobra según una escala publicada con un complemento por bilingüismo."
                        ),
                        "pipeline": (
                            "Recibe a 20 residentes y estudiantes al año; el programa de "
                            "promotoras ha formado a 48 trabajadores comunitarios de salud."
                        ),
                        "belonging": (
                            "Las reuniones del personal se hacen en ambos idiomas; una nueva "
                            "política apoya al personal que sufre discriminación por parte de "
                            "pacientes."
                        ),
                        "leadership": (
                            "Los fundadores y socios son latinos; el grupo aún no ha publicado "
                            "metas de equidad."
                        ),
                        "community": (
                            "Sus promotoras llegaron el año pasado a 6,000 familias con educación "
                            "y pruebas de detección de diabetes."
                        ),
                    },
                },
            },
        ],
    },
    {
        "slug": "coastal-plains-public-health-authority",
        "name": "Coastal Plains Public Health Authority",
        "type": "public_health",
        "city": "Columbia",
        "state": "SC",
        "locations": [],
        "website": "https://www.coastalplainshealth.example/",
        "careers": "https://www.coastalplainshealth.example/jobs/",
        "specialties": ["public-health", "infectious-disease", "obstetrics-and-gynecology"],
        "en": {
            "introduction": (
                "A regional public health authority serving Columbia and eight rural counties of "
                "the South Carolina Midlands and Lowcountry."
            ),
            "description": [
                (
                    "Coastal Plains Public Health Authority runs immunization and sexual health "
                    "clinics, maternal and child health home visits and disease investigation for "
                    "900,000 people, many in rural counties with no hospital."
                ),
                (
                    "It was recognized for hiring nurses and community health workers from the "
                    "counties it serves, and for a maternal health program run with Black "
                    "churches. It has not applied for renewal since."
                ),
            ],
            "opportunities": (
                "Coastal Plains offers paid summer internships in epidemiology for students from "
                "the state’s historically Black colleges, and a public health nurse residency."
            ),
        },
        "es": {
            "introduction": (
                "Una autoridad regional de salud pública que atiende a Columbia y a ocho condados "
                "rurales de las regiones Midlands y Lowcountry de Carolina del Sur."
            ),
            "description": [
                (
                    "Coastal Plains Public Health Authority ofrece clínicas de vacunación y de "
                    "salud sexual, visitas domiciliarias de salud maternoinfantil e investigación "
                    "de enfermedades para 900,000 personas, muchas de ellas en condados rurales "
                    "sin hospital."
                ),
                (
                    "Fue reconocida por contratar a enfermeros y trabajadores comunitarios de "
                    "salud de los condados que atiende, y por un programa de salud materna "
                    "dirigido junto con iglesias negras. No ha solicitado la renovación desde "
                    "entonces."
                ),
            ],
            "opportunities": (
                "Coastal Plains ofrece pasantías de verano remuneradas en epidemiología para "
                "estudiantes de las universidades históricamente negras del estado, y una "
                "residencia de enfermería de salud pública."
            ),
        },
        "designations": [
            {
                "ago": 3,
                "points": (13, 12, 9, 13, 9, 8),
                "en": {
                    "citation": (
                        "For a maternal health program built with Black churches in counties "
                        "without a hospital."
                    ),
                    "evidence": {
                        "recruitment": (
                            "Half of the public health nurses hired in three years were Black, "
                            "recruited through nursing programs at historically Black colleges."
                        ),
                        "retention": (
                            "Nurse turnover fell from 24% to 16% after a pay adjustment; retention "
                            "was not yet reported by race."
                        ),
                        "pipeline": (
                            "Hosted 18 paid epidemiology interns a year; six went on to master of "
                            "public health programs."
                        ),
                        "belonging": (
                            "Started an employee resource group and a bias-reporting procedure; "
                            "there was no climate survey yet."
                        ),
                        "leadership": (
                            "The director adopted equity goals; the governing board was 33% BIPOC."
                        ),
                        "community": (
                            "Church partners hosted prenatal visits in nine rural communities, "
                            "with paid community health workers."
                        ),
                    },
                },
                "es": {
                    "citation": (
                        "Por un programa de salud materna construido con iglesias negras en "
                        "condados sin hospital."
                    ),
                    "evidence": {
                        "recruitment": (
                            "La mitad de los enfermeros de salud pública contratados en tres años "
                            "eran negros, reclutados en los programas de enfermería de "
                            "universidades históricamente negras."
                        ),
                        "retention": (
                            "La rotación del personal de enfermería bajó del 24% al 16% tras un "
                            "ajuste salarial; la retención todavía no se informaba por raza."
                        ),
                        "pipeline": (
                            "Recibía cada año a 18 pasantes remunerados en epidemiología; seis "
                            "continuaron con una maestría en salud pública."
                        ),
                        "belonging": (
                            "Creó un grupo de recursos para empleados y un procedimiento para "
                            "reportar sesgos; todavía no había encuesta de clima."
                        ),
                        "leadership": (
                            "La dirección adoptó metas de equidad; la junta de gobierno era BIPOC "
                            "en un 33%."
                        ),
                        "community": (
                            "Las iglesias aliadas acogieron consultas prenatales en nueve "
                            "comunidades rurales, con trabajadores comunitarios de salud "
                            "remunerados."
                        ),
                    },
                },
            },
            {
                "ago": 4,
                "points": (12, 12, 9, 12, 8, 8),
                "en": {
                    "citation": (
                        "For bringing public health nurses from the Midlands home to serve the "
                        "Midlands."
                    ),
                },
                "es": {
                    "citation": (
                        "Por lograr que los enfermeros de salud pública de la región Midlands "
                        "vuelvan a servir a su propia región."
                    ),
                },
            },
        ],
    },
    # --- West ----------------------------------------------------------------------------
    {
        "slug": "sierra-alta-university-health",
        "name": "Sierra Alta University Health",
        "type": "academic",
        "city": "Albuquerque",
        "state": "NM",
        "locations": ["AZ"],
        "website": "https://www.sierraaltahealth.example/",
        "careers": "https://careers.sierraaltahealth.example/",
        "specialties": [
            "emergency-medicine",
            "family-medicine",
            "pediatrics",
            "psychiatry",
            "public-health",
        ],
        "en": {
            "introduction": (
                "New Mexico’s academic health system: a university hospital, a children’s "
                "hospital, a behavioral health center and clinics in tribal and rural communities "
                "of New Mexico and Arizona."
            ),
            "description": [
                (
                    "Sierra Alta University Health serves a state where most residents are "
                    "Hispanic or Native American, and it has set itself the goal of training a "
                    "workforce that reflects them. It trains 700 residents and fellows and runs "
                    "clinics in partnership with tribal health programs and rural hospitals."
                ),
                (
                    "Its recognition has moved up a tier since a faculty mentoring and sponsorship "
                    "program began to keep BIPOC faculty, who had been leaving faster than their "
                    "colleagues."
                ),
                (
                    "Residents in emergency medicine, family medicine and psychiatry can train in "
                    "Spanish-speaking community clinics and in tribal communities."
                ),
            ],
            "opportunities": (
                "The Sierra Alta Health Careers Academy reaches high-school students in 30 rural "
                "and tribal communities, and the combined BA/MD program keeps places for New "
                "Mexico students who commit to practise in the state. The residencies in family "
                "medicine, emergency medicine, pediatrics and psychiatry include rural and tribal "
                "rotations."
            ),
        },
        "es": {
            "introduction": (
                "El sistema de salud académico de Nuevo México: un hospital universitario, un "
                "hospital infantil, un centro de salud mental y clínicas en comunidades tribales y "
                "rurales de Nuevo México y Arizona."
            ),
            "description": [
                (
                    "Sierra Alta University Health atiende a un estado donde la mayoría de los "
                    "habitantes son hispanos o nativos americanos, y se ha propuesto formar un "
                    "personal que los refleje. Forma a 700 residentes y médicos en "
                    "subespecialización y tiene clínicas en alianza con programas de salud "
                    "tribales y hospitales rurales."
                ),
                (
                    "Su reconocimiento ha subido de nivel desde que un programa de mentoría y "
                    "patrocinio para docentes empezó a retener a los docentes BIPOC, que se iban "
                    "más rápido que sus colegas."
                ),
                (
                    "Los residentes de medicina de emergencias, medicina familiar y psiquiatría "
                    "pueden formarse en clínicas comunitarias de habla hispana y en comunidades "
                    "tribales."
                ),
            ],
            "opportunities": (
                "La Sierra Alta Health Careers Academy llega a estudiantes de secundaria de 30 "
                "comunidades rurales y tribales, y el programa combinado de licenciatura y "
                "medicina reserva plazas para estudiantes de Nuevo México que se comprometen a "
                "ejercer en el estado. Las residencias de medicina familiar, medicina de "
                "emergencias, pediatría y psiquiatría incluyen rotaciones rurales y tribales."
            ),
        },
        "designations": [
            {
                "ago": 0,
                "points": (16, 15, 14, 15, 11, 9),
                "en": {
                    "citation": (
                        "For turning a retention problem into a sponsorship program, and for "
                        "training New Mexico’s doctors in New Mexico’s communities."
                    ),
                    "evidence": {
                        "recruitment": (
                            "Hispanic and Native American students are 48% of the entering medical "
                            "class; 31% of residents are from under-represented groups."
                        ),
                        "retention": (
                            "Three-year retention of BIPOC faculty rose from 61% to 82% after the "
                            "mentoring and sponsorship program began."
                        ),
                        "pipeline": (
                            "The BA/MD program has graduated 210 physicians, 65% of whom practise "
                            "in New Mexico; the Health Careers Academy reaches 1,500 students a "
                            "year."
                        ),
                        "belonging": (
                            "Tribal liaisons and interpreters work on every inpatient unit; the "
                            "climate survey gap for Native staff narrowed from 12 to 5 points."
                        ),
                        "leadership": (
                            "Two of six executives and four of thirteen chairs are BIPOC; the "
                            "health sciences council reviews equity goals every quarter."
                        ),
                        "community": (
                            "Runs telehealth and specialty clinics with six tribal health programs "
                            "and pays community partners for their time."
                        ),
                    },
                },
                "es": {
                    "citation": (
                        "Por convertir un problema de retención en un programa de patrocinio, y "
                        "por formar a los médicos de Nuevo México en las comunidades de Nuevo "
                        "México."
                    ),
                    "evidence": {
                        "recruitment": (
                            "Los estudiantes hispanos y nativos americanos son el 48% de la "
                            "promoción de ingreso en medicina; el 31% de los residentes pertenece "
                            "a grupos subrepresentados."
                        ),
                        "retention": (
                            "La retención a tres años de los docentes BIPOC subió del 61% al 82% "
                            "desde que comenzó el programa de mentoría y patrocinio."
                        ),
                        "pipeline": (
                            "El programa combinado ha formado a 210 médicos, el 65% de los cuales "
                            "ejerce en Nuevo México; la Health Careers Academy llega a 1,500 "
                            "estudiantes al año."
                        ),
                        "belonging": (
                            "Hay enlaces tribales e intérpretes en cada unidad de hospitalización; "
                            "la diferencia en la encuesta de clima para el personal nativo bajó de "
                            "12 a 5 puntos."
                        ),
                        "leadership": (
                            "Dos de los seis directivos y cuatro de los trece jefes de "
                            "departamento son BIPOC; el consejo de ciencias de la salud revisa las "
                            "metas de equidad cada trimestre."
                        ),
                        "community": (
                            "Ofrece telesalud y clínicas de especialidad con seis programas de "
                            "salud tribales y paga a sus aliados comunitarios por su tiempo."
                        ),
                    },
                },
            },
            {
                "ago": 2,
                "points": (13, 12, 12, 12, 9, 8),
                "en": {
                    "citation": (
                        "For starting a faculty sponsorship program after hard numbers on who was "
                        "leaving."
                    ),
                },
                "es": {
                    "citation": (
                        "Por crear un programa de patrocinio para docentes después de conocer "
                        "cifras difíciles sobre quiénes se iban."
                    ),
                },
            },
            {
                "ago": 3,
                "points": (12, 9, 11, 11, 8, 8),
                "en": {
                    "evidence": {
                        "retention": (
                            "BIPOC faculty left at twice the rate of other faculty, and there was "
                            "no mentoring or sponsorship program."
                        ),
                    },
                },
                "es": {
                    "evidence": {
                        "retention": (
                            "Los docentes BIPOC se iban al doble de ritmo que el resto, y no había "
                            "un programa de mentoría ni de patrocinio."
                        ),
                    },
                },
            },
        ],
    },
    {
        "slug": "cascadia-commons-health",
        "name": "Cascadia Commons Health",
        "type": "health_system",
        "city": "Tacoma",
        "state": "WA",
        "locations": ["OR"],
        "website": "https://www.cascadiacommons.example/",
        "careers": "https://jobs.cascadiacommons.example/",
        "specialties": ["family-medicine", "psychiatry", "addiction-medicine", "nursing"],
        "en": {
            "introduction": (
                "A community-owned health system of four hospitals and 35 clinics from Tacoma to "
                "Portland."
            ),
            "description": [
                (
                    "Cascadia Commons Health serves Tacoma’s Hilltop and Eastside, the "
                    "fast-growing suburbs of south Puget Sound and towns along the Columbia River, "
                    "with large Black, Pacific Islander, Filipino, Vietnamese and Latino "
                    "communities."
                ),
                (
                    "It is known for bringing mental health and addiction care into primary care, "
                    "and for a peer recovery coach program that hires people with lived experience "
                    "of addiction."
                ),
                (
                    "Cascadia has held its recognition through two designations and is working on "
                    "leadership diversity, its weakest area."
                ),
            ],
            "opportunities": (
                "The family medicine residency has an addiction medicine fellowship and a "
                "psychiatry track, and the system pays tuition for employees becoming nurses or "
                "licensed counselors. Peer recovery coaches receive paid training and "
                "certification."
            ),
        },
        "es": {
            "introduction": (
                "Un sistema de salud de propiedad comunitaria con cuatro hospitales y 35 clínicas "
                "de Tacoma a Portland."
            ),
            "description": [
                (
                    "Cascadia Commons Health atiende a los barrios Hilltop y Eastside de Tacoma, a "
                    "los suburbios en rápido crecimiento del sur de Puget Sound y a pueblos a lo "
                    "largo del río Columbia, con grandes comunidades negras, de las islas del "
                    "Pacífico, filipinas, vietnamitas y latinas."
                ),
                (
                    "Es conocido por integrar la salud mental y el tratamiento de adicciones en la "
                    "atención primaria, y por un programa de acompañantes de recuperación que "
                    "contrata a personas con experiencia propia en la adicción."
                ),
                (
                    "Cascadia ha mantenido su reconocimiento en dos designaciones y trabaja en la "
                    "diversidad de su liderazgo, su punto más débil."
                ),
            ],
            "opportunities": (
                "La residencia de medicina familiar tiene una subespecialización en medicina de "
                "adicciones y una vía de psiquiatría, y el sistema paga la matrícula a los "
                "empleados que se forman como enfermeros o consejeros con licencia. Los "
                "acompañantes de recuperación reciben formación y certificación remuneradas."
            ),
        },
        "designations": [
            {
                "ago": 0,
                "points": (13, 13, 10, 14, 9, 8),
                "en": {
                    "citation": (
                        "For care that treats mind and body together, delivered by people who know "
                        "recovery from the inside."
                    ),
                    "evidence": {
                        "recruitment": (
                            "BIPOC clinicians are 27% of hires, up from 19%; peer recovery coaches "
                            "are hired from the communities served."
                        ),
                        "retention": (
                            "Tuition support has helped 64 employees become nurses or counselors; "
                            "two-year retention is 81% for BIPOC staff."
                        ),
                        "pipeline": (
                            "Hosts 40 students a year in integrated primary care; the addiction "
                            "medicine fellowship has trained 11 physicians."
                        ),
                        "belonging": (
                            "Employee resource groups for Black, Pacific Islander and Filipino "
                            "staff have budgets and executive sponsors; bias reports get a "
                            "response within five days."
                        ),
                        "leadership": (
                            "One of nine executives is BIPOC; leadership goals were set this year."
                        ),
                        "community": (
                            "Its peer coaches and mobile addiction clinic reached 3,200 people "
                            "last year."
                        ),
                    },
                },
                "es": {
                    "citation": (
                        "Por una atención que trata juntos la mente y el cuerpo, a cargo de "
                        "personas que conocen la recuperación desde dentro."
                    ),
                    "evidence": {
                        "recruitment": (
                            "Los profesionales BIPOC son el 27% de las contrataciones, frente al "
                            "19% anterior; los acompañantes de recuperación se contratan en las "
                            "comunidades que atiende."
                        ),
                        "retention": (
                            "El apoyo para la matrícula ha ayudado a 64 empleados a formarse como "
                            "enfermeros o consejeros; la retención a dos años del personal BIPOC "
                            "es del 81%."
                        ),
                        "pipeline": (
                            "Recibe a 40 estudiantes al año en atención primaria integrada; la "
                            "subespecialización en medicina de adicciones ha formado a 11 médicos."
                        ),
                        "belonging": (
                            "Los grupos de recursos para empleados negros, de las islas del "
                            "Pacífico y filipinos tienen presupuesto y un directivo que los "
                            "patrocina; los reportes de sesgo reciben respuesta en cinco días."
                        ),
                        "leadership": (
                            "Uno de los nueve directivos es BIPOC; este año se fijaron metas para "
                            "el liderazgo."
                        ),
                        "community": (
                            "Sus acompañantes de recuperación y su clínica móvil de adicciones "
                            "llegaron a 3,200 personas el año pasado."
                        ),
                    },
                },
            },
            {
                "ago": 2,
                "points": (12, 12, 10, 13, 8, 8),
                "en": {
                    "citation": "For hiring people in recovery to help others into it.",
                },
                "es": {
                    "citation": (
                        "Por contratar a personas en recuperación para ayudar a otras a "
                        "recuperarse."
                    ),
                },
            },
        ],
    },
    {
        "slug": "eastbay-commons-community-health-center",
        "name": "Eastbay Commons Community Health Center",
        "type": "community_health",
        "city": "Oakland",
        "state": "CA",
        "locations": [],
        "website": "https://www.eastbaycommons.example/",
        "careers": "https://www.eastbaycommons.example/careers/",
        "specialties": [
            "family-medicine",
            "obstetrics-and-gynecology",
            "pediatrics",
            "psychiatry",
            "dentistry",
        ],
        "en": {
            "introduction": (
                "A community health center with twelve sites in Oakland and Richmond, offering "
                "primary, dental, prenatal and behavioral health care in nine languages."
            ),
            "description": [
                (
                    "Eastbay Commons Community Health Center grew out of a free clinic started by "
                    "Black Panther Party volunteers and Latino community organizers. It now cares "
                    "for 58,000 patients, from newborns to elders, in East and West Oakland, "
                    "Fruitvale and Richmond."
                ),
                (
                    "Its staff speak Spanish, Cantonese, Vietnamese, Tigrinya, Mam and other "
                    "languages of its patients, and it has one of the most diverse clinical "
                    "workforces of any health center in California. It pays community health "
                    "workers and medical assistants well, trains them into nursing and medicine, "
                    "and gives them seats on the committees that set clinic policy."
                ),
                (
                    "Its doula and midwifery program has cut preterm births among Black patients "
                    "by a quarter."
                ),
            ],
            "opportunities": (
                "Eastbay Commons is a teaching health center with family medicine and psychiatry "
                "residencies, a nurse practitioner fellowship and a dental residency. Its Pathways "
                "to Health Careers program employs Oakland high-school students, and clinicians "
                "may qualify for state and federal loan repayment."
            ),
        },
        "es": {
            "introduction": (
                "Un centro de salud comunitario con doce sedes en Oakland y Richmond, que ofrece "
                "atención primaria, odontológica, prenatal y de salud mental en nueve idiomas."
            ),
            "description": [
                (
                    "Eastbay Commons Community Health Center nació de una clínica gratuita fundada "
                    "por voluntarios del Partido Pantera Negra y organizadores comunitarios "
                    "latinos. Hoy atiende a 58,000 pacientes, desde recién nacidos hasta personas "
                    "mayores, en East y West Oakland, Fruitvale y Richmond."
                ),
                (
                    "Su personal habla español, cantonés, vietnamita, tigriña, mam y otros idiomas "
                    "de sus pacientes, y tiene uno de los equipos clínicos más diversos de los "
                    "centros de salud de California. Paga bien a sus trabajadores comunitarios de "
                    "salud y auxiliares médicos, los forma para la enfermería y la medicina, y les "
                    "da un lugar en los comités que fijan las políticas de las clínicas."
                ),
                (
                    "Su programa de doulas y partería ha reducido en una cuarta parte los partos "
                    "prematuros entre sus pacientes negras."
                ),
            ],
            "opportunities": (
                "Eastbay Commons es un centro de salud docente con residencias de medicina "
                "familiar y psiquiatría, un programa de posgrado para enfermeros practicantes y "
                "una residencia odontológica. Su programa Pathways to Health Careers emplea a "
                "estudiantes de secundaria de Oakland, y los profesionales clínicos pueden acceder "
                "a programas estatales y federales de pago de préstamos."
            ),
        },
        "designations": [
            {
                "ago": 1,
                "points": (18, 18, 14, 19, 12, 10),
                "en": {
                    "citation": (
                        "For a health center where the people at the front desk help write the "
                        "rules, and for babies who now come safely to term."
                    ),
                    "evidence": {
                        "recruitment": (
                            "82% of clinicians and 91% of staff are BIPOC; 30% of residents grew "
                            "up in the East Bay."
                        ),
                        "retention": (
                            "Five-year clinician retention is 77%, well above the state’s "
                            "health-center average; pay is reviewed for equity every year."
                        ),
                        "pipeline": (
                            "Pathways to Health Careers has employed 300 students; 58 former "
                            "medical assistants have become nurses, physician assistants or "
                            "physicians."
                        ),
                        "belonging": (
                            "Frontline staff hold seats on every policy committee; belonging "
                            "scores are above 85% for every group."
                        ),
                        "leadership": (
                            "The CEO, the medical director and the board chair are BIPOC; equity "
                            "goals are reviewed at public board meetings."
                        ),
                        "community": (
                            "The doula and midwifery program cut preterm births among Black "
                            "patients by 26%; the center buys most of its services locally."
                        ),
                    },
                },
                "es": {
                    "citation": (
                        "Por un centro de salud donde quienes trabajan en recepción ayudan a "
                        "escribir las reglas, y por bebés que hoy llegan a término sin riesgo."
                    ),
                    "evidence": {
                        "recruitment": (
                            "El 82% de los profesionales clínicos y el 91% del personal son BIPOC; "
                            "el 30% de los residentes creció en el East Bay."
                        ),
                        "retention": (
                            "La retención a cinco años de los profesionales clínicos es del 77%, "
                            "muy por encima del promedio de los centros de salud del estado; los "
                            "sueldos se revisan cada año con criterios de equidad."
                        ),
                        "pipeline": (
                            "Pathways to Health Careers ha empleado a 300 estudiantes; 58 "
                            "exauxiliares médicos son hoy enfermeros, asistentes médicos o "
                            "médicos."
                        ),
                        "belonging": (
                            "El personal de primera línea tiene puestos en todos los comités de "
                            "políticas; los índices de pertenencia superan el 85% en todos los "
                            "grupos."
                        ),
                        "leadership": (
                            "La directora general, el director médico y la presidenta de la junta "
                            "son BIPOC; las metas de equidad se revisan en sesiones públicas de la "
                            "junta."
                        ),
                        "community": (
                            "El programa de doulas y partería redujo un 26% los partos prematuros "
                            "entre las pacientes negras; el centro compra la mayor parte de sus "
                            "servicios en la zona."
                        ),
                    },
                },
            },
            {
                "ago": 3,
                "points": (16, 15, 13, 16, 10, 10),
                "en": {
                    "citation": (
                        "For training medical assistants into the clinicians Oakland needs."
                    ),
                },
                "es": {
                    "citation": (
                        "Por formar a auxiliares médicos hasta convertirlos en los profesionales "
                        "clínicos que Oakland necesita."
                    ),
                },
            },
        ],
    },
    {
        "slug": "sonoran-bridge-medical-center",
        "name": "Sonoran Bridge Medical Center",
        "type": "hospital",
        "city": "Tucson",
        "state": "AZ",
        "locations": [],
        "website": "https://www.sonoranbridgemedical.example/",
        "careers": "https://www.sonoranbridgemedical.example/careers/",
        "specialties": ["emergency-medicine", "general-surgery", "nursing"],
        "en": {
            "introduction": (
                "A 300-bed community hospital in south Tucson with a busy emergency department and "
                "trauma service."
            ),
            "description": [
                (
                    "Sonoran Bridge Medical Center serves Tucson’s south side and the communities "
                    "toward the border, where most patients are Mexican American or Native "
                    "American, including families from nearby tribal nations."
                ),
                (
                    "It was recognized for a nurse residency that recruited bilingual and Native "
                    "nurses, and for surgery and emergency medicine rotations for students from "
                    "under-represented groups."
                ),
            ],
            "opportunities": (
                "Sonoran Bridge offers a paid nurse residency for new graduates, emergency "
                "medicine and surgery rotations for medical students, and a bilingual patient-care "
                "technician program."
            ),
        },
        "es": {
            "introduction": (
                "Un hospital comunitario de 300 camas en el sur de Tucson con una sala de "
                "emergencias y un servicio de trauma muy activos."
            ),
            "description": [
                (
                    "Sonoran Bridge Medical Center atiende al sur de Tucson y a las comunidades "
                    "cercanas a la frontera, donde la mayoría de los pacientes son "
                    "mexicoamericanos o nativos americanos, incluidas familias de naciones "
                    "tribales cercanas."
                ),
                (
                    "Fue reconocido por una residencia de enfermería que reclutaba a enfermeros "
                    "bilingües e indígenas, y por rotaciones de cirugía y medicina de emergencias "
                    "para estudiantes de grupos subrepresentados."
                ),
            ],
            "opportunities": (
                "Sonoran Bridge ofrece una residencia remunerada de enfermería para recién "
                "egresados, rotaciones de medicina de emergencias y cirugía para estudiantes de "
                "medicina y un programa bilingüe de técnicos de atención al paciente."
            ),
        },
        "designations": [
            {
                "ago": 3,
                "points": (12, 12, 10, 12, 9, 7),
                "en": {
                    "citation": (
                        "For a nurse residency that brought bilingual and Native nurses to "
                        "Tucson’s south side."
                    ),
                    "evidence": {
                        "recruitment": (
                            "Bilingual and Native nurses were 44% of nurse residents across three "
                            "cohorts."
                        ),
                        "retention": (
                            "80% of nurse residents stayed for two years, but physician retention "
                            "was not reported by race."
                        ),
                        "pipeline": (
                            "Hosted 28 students from under-represented groups on surgery and "
                            "emergency medicine rotations."
                        ),
                        "belonging": (
                            "Interpreters on every shift; a first climate survey showed a wide gap "
                            "for Native staff, with no plan yet to close it."
                        ),
                        "leadership": (
                            "Equity goals were adopted; one of seven executives was BIPOC."
                        ),
                        "community": "Free sports physicals and screenings at south-side schools.",
                    },
                },
                "es": {
                    "citation": (
                        "Por una residencia de enfermería que llevó a enfermeros bilingües e "
                        "indígenas al sur de Tucson."
                    ),
                    "evidence": {
                        "recruitment": (
                            "Los enfermeros bilingües e indígenas fueron el 44% de los residentes "
                            "de enfermería en tres promociones."
                        ),
                        "retention": (
                            "El 80% de los residentes de enfermería seguía en el hospital a los "
                            "dos años, pero la retención de los médicos no se informaba por raza."
                        ),
                        "pipeline": (
                            "Recibió a 28 estudiantes de grupos subrepresentados en rotaciones de "
                            "cirugía y medicina de emergencias."
                        ),
                        "belonging": (
                            "Intérpretes en cada turno; una primera encuesta de clima mostró una "
                            "gran diferencia para el personal indígena, aún sin un plan para "
                            "cerrarla."
                        ),
                        "leadership": (
                            "Se adoptaron metas de equidad; uno de sus siete directivos era BIPOC."
                        ),
                        "community": (
                            "Exámenes físicos deportivos y pruebas de detección gratuitos en "
                            "escuelas del sur de la ciudad."
                        ),
                    },
                },
            },
            {
                "ago": 4,
                "points": (12, 11, 10, 12, 9, 7),
                "en": {
                    "citation": (
                        "For opening its operating rooms and emergency department to students who "
                        "rarely get the chance."
                    ),
                },
                "es": {
                    "citation": (
                        "Por abrir sus quirófanos y su sala de emergencias a estudiantes que pocas "
                        "veces tienen esa oportunidad."
                    ),
                },
            },
        ],
    },
    {
        "slug": "windward-ohana-family-medicine",
        "name": "Windward Ohana Family Medicine",
        "type": "group_practice",
        "city": "Kāneʻohe",
        "state": "HI",
        "locations": [],
        "website": "https://www.windwardohana.example/",
        "careers": "https://www.windwardohana.example/careers/",
        "specialties": ["family-medicine", "pediatrics", "geriatrics", "physician-assistant"],
        "en": {
            "introduction": (
                "A family medicine group of 30 clinicians on the windward side of Oʻahu, caring "
                "for families across generations."
            ),
            "description": [
                (
                    "Windward Ohana Family Medicine cares for Native Hawaiian, Filipino, Samoan, "
                    "Japanese and Micronesian families in Kāneʻohe, Kailua and Waimānalo, often "
                    "three generations in the same practice."
                ),
                (
                    "Most of its physicians, physician assistants and medical assistants grew up "
                    "in Hawaiʻi, and the group works with Native Hawaiian health organizations to "
                    "bring traditional healing practitioners into its clinics."
                ),
            ],
            "opportunities": (
                "The group precepts family medicine residents and physician assistant students "
                "from Hawaiʻi programs, and its medical assistant apprenticeship hires graduates "
                "of windward high schools."
            ),
        },
        "es": {
            "introduction": (
                "Un grupo de medicina familiar con 30 profesionales clínicos en el lado de "
                "barlovento de Oʻahu, que atiende a familias de varias generaciones."
            ),
            "description": [
                (
                    "Windward Ohana Family Medicine atiende a familias nativas hawaianas, "
                    "filipinas, samoanas, japonesas y micronesias en Kāneʻohe, Kailua y Waimānalo, "
                    "a menudo tres generaciones en el mismo consultorio."
                ),
                (
                    "La mayoría de sus médicos, asistentes médicos y auxiliares médicos creció en "
                    "Hawái, y el grupo trabaja con organizaciones de salud nativas hawaianas para "
                    "llevar a sus clínicas a practicantes de la medicina tradicional."
                ),
            ],
            "opportunities": (
                "El grupo supervisa a residentes de medicina familiar y a estudiantes de asistente "
                "médico de programas de Hawái, y su aprendizaje de auxiliar médico contrata a "
                "egresados de escuelas secundarias de barlovento."
            ),
        },
        "designations": [
            {
                "ago": 0,
                "points": (13, 14, 9, 14, 9, 9),
                "en": {
                    "citation": (
                        "For family medicine rooted in the families of windward Oʻahu, across "
                        "three generations."
                    ),
                    "evidence": {
                        "recruitment": (
                            "76% of clinicians are Native Hawaiian, Pacific Islander or Filipino; "
                            "the group recruits at the islands’ health-professions programs."
                        ),
                        "retention": (
                            "No clinician has left in four years except to retire; partners mentor "
                            "every new physician for two years."
                        ),
                        "pipeline": (
                            "Precepts 14 residents and students a year; its apprenticeship has "
                            "trained ten medical assistants."
                        ),
                        "belonging": (
                            "Traditional healing is offered alongside clinical care; staff surveys "
                            "show strong belonging, though there is no formal bias-reporting "
                            "process."
                        ),
                        "leadership": (
                            "Most partners are Native Hawaiian or Filipino; equity goals are "
                            "informal."
                        ),
                        "community": (
                            "Monthly clinics at a Waimānalo community center, with care regardless "
                            "of insurance."
                        ),
                    },
                },
                "es": {
                    "citation": (
                        "Por una medicina familiar arraigada en las familias del barlovento de "
                        "Oʻahu, a lo largo de tres generaciones."
                    ),
                    "evidence": {
                        "recruitment": (
                            "El 76% de los profesionales clínicos son nativos hawaianos, de las "
                            "islas del Pacífico o filipinos; el grupo recluta en los programas de "
                            "profesiones de la salud de las islas."
                        ),
                        "retention": (
                            "En cuatro años ningún profesional clínico se ha ido, salvo para "
                            "jubilarse; los socios acompañan con mentoría a cada nuevo médico "
                            "durante dos años."
                        ),
                        "pipeline": (
                            "Supervisa a 14 residentes y estudiantes al año; su aprendizaje ha "
                            "formado a diez auxiliares médicos."
                        ),
                        "belonging": (
                            "La medicina tradicional se ofrece junto con la atención clínica; las "
                            "encuestas al personal muestran una fuerte pertenencia, aunque no hay "
                            "un proceso formal para reportar sesgos."
                        ),
                        "leadership": (
                            "La mayoría de los socios son nativos hawaianos o filipinos; las metas "
                            "de equidad son informales."
                        ),
                        "community": (
                            "Clínicas mensuales en un centro comunitario de Waimānalo, con "
                            "atención sin importar el seguro."
                        ),
                    },
                },
            },
        ],
    },
    {
        "slug": "front-range-regional-health-department",
        "name": "Front Range Regional Health Department",
        "type": "public_health",
        "city": "Denver",
        "state": "CO",
        "locations": [],
        "website": "https://www.frontrangehealth.example/",
        "careers": "https://www.frontrangehealth.example/careers/",
        "specialties": ["public-health", "infectious-disease", "nursing", "addiction-medicine"],
        "en": {
            "introduction": (
                "The public health department for Denver and three neighboring counties, with "
                "clinics, disease control, environmental health and community programs."
            ),
            "description": [
                (
                    "Front Range Regional Health Department employs 900 people and serves 1.6 "
                    "million residents, a quarter of them Latino and many of them immigrants from "
                    "Mexico, Central America, Ethiopia and Somalia."
                ),
                (
                    "It rebuilt its hiring around community health workers and bilingual nurses "
                    "after the COVID-19 pandemic showed whom its vaccination campaigns were "
                    "missing, and it pays community organizations to co-lead its programs."
                ),
            ],
            "opportunities": (
                "Front Range offers paid public health fellowships for recent graduates, "
                "practicums for master of public health and nursing students, and a community "
                "health worker training program in Spanish, Amharic and Somali."
            ),
        },
        "es": {
            "introduction": (
                "El departamento de salud pública de Denver y tres condados vecinos, con clínicas, "
                "control de enfermedades, salud ambiental y programas comunitarios."
            ),
            "description": [
                (
                    "Front Range Regional Health Department emplea a 900 personas y atiende a 1.6 "
                    "millones de habitantes, una cuarta parte latinos y muchos de ellos "
                    "inmigrantes de México, Centroamérica, Etiopía y Somalia."
                ),
                (
                    "Reorganizó su contratación en torno a trabajadores comunitarios de salud y "
                    "enfermeros bilingües después de que la pandemia de COVID-19 mostrara a "
                    "quiénes no llegaban sus campañas de vacunación, y paga a organizaciones "
                    "comunitarias para que codirijan sus programas."
                ),
            ],
            "opportunities": (
                "Front Range ofrece becas remuneradas de salud pública para recién egresados, "
                "prácticas para estudiantes de maestría en salud pública y de enfermería, y un "
                "programa de formación de trabajadores comunitarios de salud en español, amhárico "
                "y somalí."
            ),
        },
        "designations": [
            {
                "ago": 0,
                "points": (13, 12, 10, 13, 9, 9),
                "en": {
                    "citation": (
                        "For learning whom its vaccination campaigns were missing, and hiring the "
                        "people who could reach them."
                    ),
                    "evidence": {
                        "recruitment": (
                            "BIPOC staff rose from 29% to 41% of hires in three years; speaking a "
                            "second language is a paid, preferred qualification."
                        ),
                        "retention": (
                            "Two-year retention of community health workers is 75%; promotion data "
                            "by race were published for the first time."
                        ),
                        "pipeline": (
                            "20 paid fellows and 35 practicum students a year; nine fellows have "
                            "joined the department."
                        ),
                        "belonging": (
                            "An equity council of frontline staff advises the director; the "
                            "climate survey shows a 6-point gap for Latino staff."
                        ),
                        "leadership": (
                            "The director’s performance plan includes workforce goals; two of "
                            "eight senior leaders are BIPOC."
                        ),
                        "community": (
                            "Paid contracts with 22 community organizations to co-lead "
                            "vaccination, food access and maternal health programs."
                        ),
                    },
                },
                "es": {
                    "citation": (
                        "Por aprender a quiénes no llegaban sus campañas de vacunación, y "
                        "contratar a las personas que podían llegar a ellos."
                    ),
                    "evidence": {
                        "recruitment": (
                            "El personal BIPOC pasó del 29% al 41% de las contrataciones en tres "
                            "años; hablar un segundo idioma es un requisito preferente y "
                            "remunerado."
                        ),
                        "retention": (
                            "La retención a dos años de los trabajadores comunitarios de salud es "
                            "del 75%; por primera vez se publicaron los datos de ascensos por "
                            "raza."
                        ),
                        "pipeline": (
                            "20 becarios remunerados y 35 estudiantes en prácticas al año; nueve "
                            "becarios se han incorporado al departamento."
                        ),
                        "belonging": (
                            "Un consejo de equidad formado por personal de primera línea asesora a "
                            "la dirección; la encuesta de clima muestra una diferencia de 6 puntos "
                            "para el personal latino."
                        ),
                        "leadership": (
                            "El plan de desempeño de la dirección incluye metas sobre el personal; "
                            "dos de los ocho altos directivos son BIPOC."
                        ),
                        "community": (
                            "Contratos remunerados con 22 organizaciones comunitarias para "
                            "codirigir programas de vacunación, acceso a alimentos y salud "
                            "materna."
                        ),
                    },
                },
            },
        ],
    },
    # --- Territories ---------------------------------------------------------------------
    {
        "slug": "ceiba-norte-university-medical-center",
        "name": "Ceiba Norte University Medical Center",
        "type": "academic",
        "city": "San Juan",
        "state": "PR",
        "locations": [],
        "website": "https://www.ceibanortemedicina.example/",
        "careers": "https://www.ceibanortemedicina.example/empleos/",
        "specialties": [
            "internal-medicine",
            "pediatrics",
            "endocrinology",
            "nephrology",
            "general-surgery",
        ],
        "en": {
            "introduction": (
                "An academic medical center in San Juan with a medical school, a university "
                "hospital and a children’s hospital."
            ),
            "description": [
                (
                    "Ceiba Norte University Medical Center trains most of its residents in both "
                    "Spanish and English and cares for patients from across Puerto Rico, many of "
                    "them referred from rural towns in the central mountains."
                ),
                (
                    "Like the island’s other health employers, it has lost many physicians to the "
                    "mainland. Its response has been to recruit graduates of Puerto Rico’s medical "
                    "schools into its residencies, raise resident pay and create faculty posts for "
                    "those who stay."
                ),
                (
                    "Its endocrinology and nephrology services focus on diabetes and kidney "
                    "disease, among the island’s leading causes of death."
                ),
            ],
            "opportunities": (
                "The residencies in internal medicine, pediatrics and general surgery give "
                "preference to graduates of Puerto Rico’s medical schools, and a "
                "faculty-development program offers protected time and a salary supplement to "
                "physicians who commit to five years on the island. Summer research internships "
                "are open to undergraduates from Puerto Rico’s universities."
            ),
        },
        "es": {
            "introduction": (
                "Un centro médico académico en San Juan con una escuela de medicina, un hospital "
                "universitario y un hospital pediátrico."
            ),
            "description": [
                (
                    "Ceiba Norte University Medical Center forma a la mayoría de sus residentes en "
                    "español y en inglés, y atiende a pacientes de todo Puerto Rico, muchos de "
                    "ellos referidos desde pueblos rurales de la región montañosa central."
                ),
                (
                    "Como otros empleadores de salud de la isla, ha perdido a muchos médicos que "
                    "se mudaron a Estados Unidos continental. Su respuesta ha sido reclutar para "
                    "sus residencias a egresados de las escuelas de medicina de Puerto Rico, "
                    "mejorar el sueldo de los residentes y crear plazas docentes para quienes se "
                    "quedan."
                ),
                (
                    "Sus servicios de endocrinología y nefrología se centran en la diabetes y la "
                    "enfermedad renal, que están entre las principales causas de muerte en la "
                    "isla."
                ),
            ],
            "opportunities": (
                "Las residencias de medicina interna, pediatría y cirugía general dan preferencia "
                "a egresados de las escuelas de medicina de Puerto Rico, y un programa de "
                "desarrollo docente ofrece tiempo protegido y un complemento salarial a los "
                "médicos que se comprometen a quedarse cinco años en la isla. Las pasantías de "
                "investigación de verano están abiertas a estudiantes universitarios de Puerto "
                "Rico."
            ),
        },
        "designations": [
            {
                "ago": 1,
                "points": (14, 12, 11, 13, 8, 8),
                "en": {
                    "citation": (
                        "For keeping Puerto Rico’s doctors in Puerto Rico: better pay for "
                        "residents and a future on the faculty for those who stay."
                    ),
                    "evidence": {
                        "recruitment": (
                            "84% of residents graduated from medical schools in Puerto Rico; 60% "
                            "of the faculty hired in three years trained on the island."
                        ),
                        "retention": (
                            "Resident pay rose 18%; four in five physicians in the "
                            "faculty-development program are still on the island after three "
                            "years."
                        ),
                        "pipeline": (
                            "Summer research internships host 40 undergraduates a year; 22 alumni "
                            "have entered medical school."
                        ),
                        "belonging": (
                            "A wellness and grievance office answers staff concerns within ten "
                            "days; the climate survey is new."
                        ),
                        "leadership": (
                            "The board sets retention goals; leaders’ reviews do not yet include "
                            "them."
                        ),
                        "community": (
                            "Specialists travel every month to clinics in four mountain towns for "
                            "diabetes and kidney care."
                        ),
                    },
                },
                "es": {
                    "citation": (
                        "Por retener en Puerto Rico a los médicos de Puerto Rico: mejores sueldos "
                        "para los residentes y un futuro como docentes para quienes se quedan."
                    ),
                    "evidence": {
                        "recruitment": (
                            "El 84% de los residentes se graduó en escuelas de medicina de Puerto "
                            "Rico; el 60% de los docentes contratados en tres años se formó en la "
                            "isla."
                        ),
                        "retention": (
                            "El sueldo de los residentes subió un 18%; cuatro de cada cinco "
                            "médicos del programa de desarrollo docente siguen en la isla tres "
                            "años después."
                        ),
                        "pipeline": (
                            "Las pasantías de investigación de verano reciben a 40 estudiantes "
                            "universitarios al año; 22 exalumnos han ingresado a la escuela de "
                            "medicina."
                        ),
                        "belonging": (
                            "Una oficina de bienestar y quejas responde a las inquietudes del "
                            "personal en diez días; la encuesta de clima es reciente."
                        ),
                        "leadership": (
                            "La junta fija metas de retención; todavía no forman parte de la "
                            "evaluación de los líderes."
                        ),
                        "community": (
                            "Cada mes, especialistas viajan a clínicas de cuatro pueblos de la "
                            "montaña para atender la diabetes y la enfermedad renal."
                        ),
                    },
                },
            },
        ],
    },
    {
        "slug": "salud-del-valle-community-health-centers",
        "name": "Salud del Valle Community Health Centers",
        "type": "community_health",
        "city": "Caguas",
        "state": "PR",
        "locations": [],
        "website": "https://www.saluddelvalle.example/",
        "careers": "https://www.saluddelvalle.example/empleos/",
        "specialties": [
            "family-medicine",
            "pediatrics",
            "pharmacy",
            "dentistry",
            "obstetrics-and-gynecology",
        ],
        "en": {
            "introduction": (
                "A network of nine community health centers in Caguas and the towns of Puerto "
                "Rico’s eastern central valley."
            ),
            "description": [
                (
                    "Salud del Valle Community Health Centers cares for 52,000 patients, with "
                    "primary care, pediatrics, prenatal care, dentistry and a pharmacy at most "
                    "sites. It kept its clinics open after Hurricane María with generators and "
                    "satellite phones, and has since installed solar power and batteries at every "
                    "site."
                ),
                (
                    "The centers employ pharmacists, dentists and physicians trained in Puerto "
                    "Rico and invest in them: a loan-repayment fund of their own complements "
                    "federal programs, and medical assistants can train as nurses with tuition "
                    "paid."
                ),
                (
                    "Its recognition moved up a tier after it began publishing retention and pay "
                    "data to its staff."
                ),
            ],
            "opportunities": (
                "Salud del Valle offers a community pharmacy residency, rotations for medical, "
                "dental and nursing students from Puerto Rico’s universities, and a loan-repayment "
                "fund for clinicians who commit to three years."
            ),
        },
        "es": {
            "introduction": (
                "Una red de nueve centros de salud comunitarios en Caguas y los pueblos del valle "
                "central oriental de Puerto Rico."
            ),
            "description": [
                (
                    "Salud del Valle Community Health Centers atiende a 52,000 pacientes con "
                    "atención primaria, pediatría, atención prenatal, odontología y farmacia en la "
                    "mayoría de sus sedes. Mantuvo abiertas sus clínicas después del huracán María "
                    "con generadores y teléfonos satelitales, y desde entonces ha instalado "
                    "energía solar y baterías en todas sus sedes."
                ),
                (
                    "Los centros emplean a farmacéuticos, odontólogos y médicos formados en Puerto "
                    "Rico e invierten en ellos: un fondo propio de pago de préstamos complementa "
                    "los programas federales, y los auxiliares médicos pueden formarse como "
                    "enfermeros con la matrícula pagada."
                ),
                (
                    "Su reconocimiento subió de nivel después de que empezara a publicar para su "
                    "personal los datos de retención y de sueldos."
                ),
            ],
            "opportunities": (
                "Salud del Valle ofrece una residencia en farmacia comunitaria, rotaciones para "
                "estudiantes de medicina, odontología y enfermería de las universidades de Puerto "
                "Rico, y un fondo de pago de préstamos para los profesionales clínicos que se "
                "comprometen a quedarse tres años."
            ),
        },
        "designations": [
            {
                "ago": 0,
                "points": (16, 15, 12, 16, 11, 10),
                "en": {
                    "citation": (
                        "For keeping the lights on for its patients after the storm, and keeping "
                        "its clinicians on the island."
                    ),
                    "evidence": {
                        "recruitment": (
                            "92% of clinicians trained in Puerto Rico; 14 of the 17 physicians "
                            "hired in three years came from the island’s residencies."
                        ),
                        "retention": (
                            "Publishes retention and pay data to all staff; three-year clinician "
                            "retention rose from 62% to 79% with the loan-repayment fund."
                        ),
                        "pipeline": (
                            "Hosts 70 students a year; the community pharmacy residency has "
                            "graduated 15 pharmacists, 12 of whom work in Puerto Rico."
                        ),
                        "belonging": (
                            "An elected staff committee meets leadership every month; 86% of staff "
                            "say their concerns are taken seriously."
                        ),
                        "leadership": (
                            "The board, mostly patients, reviews equity and retention goals twice "
                            "a year; they are part of the executive director’s goals."
                        ),
                        "community": (
                            "Its solar-powered sites stayed open through every outage last year; "
                            "free transport serves patients in mountain communities."
                        ),
                    },
                },
                "es": {
                    "citation": (
                        "Por mantener la luz encendida para sus pacientes después de la tormenta, "
                        "y conservar a sus profesionales clínicos en la isla."
                    ),
                    "evidence": {
                        "recruitment": (
                            "El 92% de los profesionales clínicos se formó en Puerto Rico; 14 de "
                            "los 17 médicos contratados en tres años vinieron de las residencias "
                            "de la isla."
                        ),
                        "retention": (
                            "Publica para todo el personal los datos de retención y de sueldos; la "
                            "retención a tres años de los profesionales clínicos subió del 62% al "
                            "79% con el fondo de pago de préstamos."
                        ),
                        "pipeline": (
                            "Recibe a 70 estudiantes al año; la residencia en farmacia comunitaria "
                            "ha formado a 15 farmacéuticos, 12 de los cuales trabajan en Puerto "
                            "Rico."
                        ),
                        "belonging": (
                            "Un comité del personal, elegido por los empleados, se reúne cada mes "
                            "con la dirección; el 86% del personal dice que sus inquietudes se "
                            "toman en serio."
                        ),
                        "leadership": (
                            "La junta, formada en su mayoría por pacientes, revisa dos veces al "
                            "año las metas de equidad y retención, que forman parte de las metas "
                            "de la dirección ejecutiva."
                        ),
                        "community": (
                            "Sus sedes con energía solar siguieron abiertas durante todos los "
                            "apagones del año pasado; un transporte gratuito lleva a los pacientes "
                            "de las comunidades de la montaña."
                        ),
                    },
                },
            },
            {
                "ago": 2,
                "points": (14, 13, 10, 14, 9, 9),
                "en": {
                    "citation": (
                        "For a loan-repayment fund of its own that keeps clinicians serving the "
                        "eastern valley."
                    ),
                },
                "es": {
                    "citation": (
                        "Por un fondo propio de pago de préstamos que mantiene a sus profesionales "
                        "clínicos al servicio del valle oriental."
                    ),
                },
            },
        ],
    },
]

# Nominations members have sent (``ago``: days since). The demo member Amara has one under
# review and an older one that led to an invitation, so My Hub shows both.
NOMINATIONS = [
    {
        "nominator": "amara.mensah@hub.example.org",
        "ago": 17,
        "employer_name": "Potomac Bend Medical Center",
        "city": "Washington",
        "state": "DC",
        "website": "https://www.potomacbend.example/",
        "connection": "work",
        "reason": (
            "I am an internal medicine resident here. In the last three years the program has "
            "gone from two Black residents to nine, and the chief residents run a mentoring "
            "circle that pairs every intern of color with an attending. When a patient refused "
            "care from me because of my race, the attending stepped in within minutes and the "
            "hospital followed up with me the next day."
        ),
        "evidence_links": (
            "https://www.potomacbend.example/residency/mentoring-circle\n"
            "https://www.potomacbend.example/news/equity-report"
        ),
        "status": "under_review",
        "staff_notes": "Asked the residency office for three years of match data by race.",
    },
    {
        "nominator": "amara.mensah@hub.example.org",
        "ago": 212,
        "employer_name": "Chesapeake Lantern Community Health",
        "city": "Baltimore",
        "state": "MD",
        "website": "https://www.chesapeakelantern.example/",
        "connection": "trained",
        "reason": (
            "I did my family medicine clerkship at their Park Heights clinic. Most of the "
            "clinicians grew up in West Baltimore, the clinic pays for medical assistants to "
            "train as nurses, and every student leaves with a mentor. It is the place that made "
            "me want to practise in a community health center."
        ),
        "evidence_links": "https://www.chesapeakelantern.example/careers/grow-your-own",
        "status": "invited",
        "staff_notes": "Strong retention data. Invited to apply in the next cycle.",
    },
    {
        "nominator": "imani.brooks@members.hub.example.org",
        "ago": 3,
        "employer_name": "Greenmount Commons Family Health",
        "city": "Baltimore",
        "state": "MD",
        "website": "",
        "connection": "work",
        "reason": (
            "Our health center hires from the neighborhood and promotes from within: four of our "
            "six site directors started as front-desk staff or medical assistants, and our "
            "loan-repayment support keeps physicians here well past their service commitment."
        ),
        "evidence_links": "",
        "status": "new",
        "staff_notes": "",
    },
    {
        "nominator": "mateo.gutierrez@members.hub.example.org",
        "ago": 95,
        "employer_name": "Tortugas Valley Urgent Care",
        "city": "Las Cruces",
        "state": "NM",
        "website": "https://www.tortugasvalleyurgentcare.example/",
        "connection": "worked",
        "reason": (
            "They hire bilingual staff and serve many farmworker families, and the clinic "
            "managers were always supportive when patients made racist remarks to Latino staff."
        ),
        "evidence_links": "",
        "status": "declined",
        "staff_notes": (
            "Too small for the current criteria (eight staff, no training programs). Suggested "
            "the nominator look at the community health center track next year."
        ),
    },
]
