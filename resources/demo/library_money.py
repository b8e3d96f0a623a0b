"""Demo resources for the Hub's library on money topics, in English and Spanish.

Sixteen guides, toolkits, templates, recordings and official links on debt management, retirement
planning and the business of doctoring, with the worksheets and checklists the loader turns into
documents. Figures are as of 2026 and are general education, not individual advice.
"""

RESOURCES = [
    {
        "slug": "student-loan-inventory",
        "type": "toolkit",
        "topic": "debt-management",
        "specialties": [],
        "stages": ["student", "resident", "early_career"],
        "minutes": 20,
        "reviewed_days_ago": 40,
        "featured": True,
        "documents": [
            {
                "filename": "student-loan-inventory.csv",
                "text": (
                    "Loan name / Nombre del préstamo,Federal or private / Federal o privado,Loan "
                    "type / Tipo de préstamo,Servicer or lender / Administrador o "
                    "prestamista,Disbursement date / Fecha de desembolso,Original amount / Monto "
                    "original,Current principal / Capital actual,Unpaid interest / Intereses no "
                    "pagados,Interest rate / Tasa de interés,Fixed or variable / Fija o "
                    "variable,Repayment plan / Plan de pago,Monthly payment / Pago mensual,Counts "
                    "toward PSLF? / ¿Cuenta para PSLF?,Qualifying payments so far / Pagos que "
                    "califican hasta ahora,Notes / Notas\n"
                    "EXAMPLE / EJEMPLO: Year 1 / Año 1,Federal,Direct Unsubsidized,Your servicer / "
                    "Su administrador,2022-08-15,20500.00,20500.00,2950.00,6.54%,Fixed / "
                    "Fija,IBR,78.00,Yes / Sí,14,Residency at nonprofit hospital / Residencia en "
                    "hospital sin fines de lucro\n"
                    "EXAMPLE / EJEMPLO: Year 2 / Año 2,Federal,Direct Unsubsidized,Your servicer / "
                    "Su administrador,2023-08-14,20500.00,20500.00,2410.00,7.05%,Fixed / "
                    "Fija,IBR,78.00,Yes / Sí,14,\n"
                    "EXAMPLE / EJEMPLO: Year 2 / Año 2,Federal,Grad PLUS,Your servicer / Su "
                    "administrador,2023-08-14,18000.00,18000.00,2390.00,8.05%,Fixed / "
                    "Fija,IBR,69.00,Yes / Sí,14,Highest federal rate / Tasa federal más alta\n"
                    "EXAMPLE / EJEMPLO: Year 3 / Año 3,Federal,Direct Unsubsidized,Your servicer / "
                    "Su administrador,2024-08-12,20500.00,20500.00,1720.00,8.08%,Fixed / "
                    "Fija,IBR,80.00,Yes / Sí,14,\n"
                    "EXAMPLE / EJEMPLO: College / Universidad,Private / Privado,Refinanced private "
                    "loan / Préstamo privado refinanciado,Your lender / Su "
                    "prestamista,2019-06-01,15000.00,9800.00,0.00,5.25%,Variable,Lender plan / "
                    "Plan del prestamista,165.00,No,0,Not eligible for PSLF or federal plans / No "
                    "califica para PSLF ni planes federales\n"
                    "Loan 1 / Préstamo 1,,,,,,,,,,,,,,\n"
                    "Loan 2 / Préstamo 2,,,,,,,,,,,,,,\n"
                    "Loan 3 / Préstamo 3,,,,,,,,,,,,,,\n"
                    "Loan 4 / Préstamo 4,,,,,,,,,,,,,,\n"
                    "Loan 5 / Préstamo 5,,,,,,,,,,,,,,\n"
                    "Loan 6 / Préstamo 6,,,,,,,,,,,,,,\n"
                    "Loan 7 / Préstamo 7,,,,,,,,,,,,,,\n"
                    "Loan 8 / Préstamo 8,,,,,,,,,,,,,,\n"
                    "Loan 9 / Préstamo 9,,,,,,,,,,,,,,\n"
                    "Loan 10 / Préstamo 10,,,,,,,,,,,,,,\n"
                    "Loan 11 / Préstamo 11,,,,,,,,,,,,,,\n"
                    "Loan 12 / Préstamo 12,,,,,,,,,,,,,,\n"
                    "TOTAL FEDERAL,,,,,,,,,,,,,,\n"
                    "TOTAL PRIVATE / TOTAL PRIVADO,,,,,,,,,,,,,,\n"
                    "TOTAL,,,,,,,,,,,,,,\n"
                    "Last updated / Última actualización,,,,,,,,,,,,,,Check studentaid.gov and "
                    "your servicer / Consulte studentaid.gov y a su administrador\n"
                ),
                "en": {"title": "Student loan inventory worksheet (CSV)"},
                "es": {"title": "Hoja de inventario de préstamos estudiantiles (CSV)"},
            },
        ],
        "links": [
            {
                "url": "https://studentaid.gov/",
                "en": {
                    "title": "Federal Student Aid",
                    "description": (
                        "Sign in with your FSA ID to see every federal loan you have, its "
                        "servicer, balance, interest rate and disbursement date."
                    ),
                },
                "es": {
                    "title": "Federal Student Aid",
                    "description": (
                        "Inicie sesión con su FSA ID para ver todos sus préstamos federales, su "
                        "administrador, el saldo, la tasa de interés y la fecha de desembolso."
                    ),
                },
            },
            {
                "url": "https://www.consumerfinance.gov/consumer-tools/student-loans/",
                "en": {
                    "title": "Consumer Financial Protection Bureau: student loans",
                    "description": (
                        "Plain-language help with repayment and servicer problems, and how to get "
                        "your free credit reports to find private loans."
                    ),
                },
                "es": {
                    "title": "Consumer Financial Protection Bureau: préstamos estudiantiles",
                    "description": (
                        "Ayuda en lenguaje sencillo sobre el pago y los problemas con "
                        "administradores, y cómo obtener sus informes de crédito gratuitos para "
                        "encontrar préstamos privados."
                    ),
                },
            },
        ],
        "related": [
            "course:federal-student-loans-and-pslf",
            "pslf-certification-log",
            "federal-loan-changes-2026",
        ],
        "en": {
            "title": "Student loan inventory: know exactly what you owe",
            "introduction": (
                "A worksheet and a step-by-step method to list every loan you have, who services "
                "it and how it is set up, so every later decision starts from facts."
            ),
            "body": [
                ("heading", {"text": "Why start with an inventory", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Most repayment mistakes start with a missing detail: a loan you forgot "
                        "was private, a consolidation that changed your PSLF count, or a servicer "
                        "you never heard from after your loans were transferred. In 2026, with "
                        "federal repayment rules changing, an accurate list of your loans is the "
                        "most useful thing you can have before you choose a plan, certify "
                        "employment or call your servicer.</p><p>The inventory worksheet below is "
                        "a CSV file that opens in any spreadsheet program. It has one row per "
                        "loan, column labels in English and Spanish, and a few example rows you "
                        "can delete. Most people need 30 to 45 minutes the first time and about 10 "
                        "minutes to update it each year.</p>"
                    ),
                ),
                ("heading", {"text": "How to fill it in", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ol><li><b>Federal loans.</b> Sign in to <a "
                        'href="https://studentaid.gov/">studentaid.gov</a> with your FSA ID and '
                        "open your aid summary. Copy each loan’s type, disbursement date, original "
                        "amount, current principal, unpaid interest and rate. If you consolidated, "
                        "list the consolidation loan and note which loans went into "
                        "it.</li><li><b>Your servicer.</b> The aid summary names the servicer of "
                        "each loan. Sign in to the servicer’s website to find your repayment plan, "
                        "your monthly payment and, if you are pursuing PSLF, your qualifying "
                        "payment count.</li><li><b>Private loans.</b> Private and refinanced loans "
                        "do not appear on studentaid.gov. Find them on old statements or on your "
                        "free credit reports, then add the lender, the rate, whether it is fixed "
                        "or variable, and any cosigner.</li><li><b>Notes.</b> Record anything "
                        "unusual: a loan in forbearance, a plan change you requested, a payment "
                        "count that looks wrong.</li></ol>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Questions your inventory can answer",
                        "items": [
                            {
                                "question": "Which of my loans can count toward PSLF?",
                                "answer": (
                                    "<p>Only federal Direct Loans qualify for Public Service Loan "
                                    "Forgiveness (PSLF). Older FFEL or Perkins loans may need to "
                                    "be consolidated into a Direct Consolidation Loan first, and "
                                    "private loans never qualify. Consolidation can affect your "
                                    "payment count, so check how it applies to your loans on "
                                    "studentaid.gov before you apply.</p>"
                                ),
                            },
                            {
                                "question": "Am I affected by the 2026 repayment changes?",
                                "answer": (
                                    "<p>Look at your disbursement dates and your current plan. "
                                    "Different rules apply to loans made on or after July 1, 2026, "
                                    "and to borrowers in plans that are closing. Check "
                                    "studentaid.gov for how the changes apply to you.</p>"
                                ),
                            },
                            {
                                "question": (
                                    "What should I bring to a servicer call or a planning session?"
                                ),
                                "answer": (
                                    "<p>The worksheet, your FSA ID, your most recent tax return "
                                    "and, if you are pursuing PSLF, your certification history. "
                                    "Write the date, who you spoke with and the outcome of each "
                                    "call in the Notes column.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>This toolkit is general education, not individual financial advice. "
                        "Rules and figures change; confirm your own loan details with your "
                        "servicer and on studentaid.gov.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Inventario de préstamos estudiantiles: sepa exactamente cuánto debe",
            "introduction": (
                "Una hoja de trabajo y un método paso a paso para anotar cada préstamo, quién lo "
                "administra y cómo está configurado, de modo que cada decisión posterior parta de "
                "datos."
            ),
            "body": [
                ("heading", {"text": "Por qué empezar con un inventario", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>La mayoría de los errores de pago empiezan por un detalle que falta: "
                        "un préstamo que usted olvidó que era privado, una consolidación que "
                        "cambió su conteo para la PSLF o un administrador nuevo del que nunca tuvo "
                        "noticias tras una transferencia. En 2026, con las reglas federales en "
                        "plena transformación, una lista exacta de sus préstamos es lo más útil "
                        "antes de elegir un plan, certificar su empleo o llamar a su "
                        "administrador.</p><p>La hoja de inventario es un archivo CSV que se abre "
                        "en cualquier programa de hojas de cálculo. Tiene una fila por préstamo, "
                        "encabezados en inglés y en español, y filas de ejemplo que puede borrar. "
                        "La primera vez toma de 30 a 45 minutos; actualizarla cada año, unos "
                        "10.</p>"
                    ),
                ),
                ("heading", {"text": "Cómo completarla", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ol><li><b>Préstamos federales.</b> Inicie sesión en <a "
                        'href="https://studentaid.gov/">studentaid.gov</a> con su FSA ID y abra el '
                        "resumen de su ayuda. Copie el tipo de cada préstamo, la fecha de "
                        "desembolso, el monto original, el capital actual, los intereses no "
                        "pagados y la tasa. Si consolidó, anote el préstamo de consolidación e "
                        "indique qué préstamos se incluyeron en él.</li><li><b>Su "
                        "administrador.</b> El resumen indica quién administra cada préstamo. "
                        "Entre al sitio web del administrador para ver su plan de pago, su pago "
                        "mensual y, si busca la PSLF, su conteo de pagos que "
                        "califican.</li><li><b>Préstamos privados.</b> Los préstamos privados y "
                        "refinanciados no aparecen en studentaid.gov. Búsquelos en estados de "
                        "cuenta antiguos o en sus informes de crédito gratuitos, y luego anote el "
                        "prestamista, la tasa, si es fija o variable, y si tiene un "
                        "codeudor.</li><li><b>Notas.</b> Anote todo lo que sea poco habitual: un "
                        "préstamo en indulgencia (forbearance), un cambio de plan que solicitó o "
                        "un conteo de pagos que parece incorrecto.</li></ol>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Preguntas que su inventario puede responder",
                        "items": [
                            {
                                "question": "¿Cuáles de mis préstamos pueden contar para la PSLF?",
                                "answer": (
                                    "<p>Solo los préstamos federales Direct califican para la "
                                    "Condonación de Préstamos por Servicio Público (PSLF). Los "
                                    "préstamos FFEL o Perkins más antiguos quizá deban "
                                    "consolidarse primero en un Direct Consolidation Loan; los "
                                    "privados nunca califican. La consolidación puede afectar su "
                                    "conteo de pagos, así que verifique en studentaid.gov cómo se "
                                    "aplica a sus préstamos antes de solicitarla.</p>"
                                ),
                            },
                            {
                                "question": "¿Me afectan los cambios de pago de 2026?",
                                "answer": (
                                    "<p>Revise las fechas de desembolso y su plan actual. Se "
                                    "aplican reglas distintas a los préstamos otorgados a partir "
                                    "del 1 de julio de 2026 y a quienes están en planes que van a "
                                    "cerrar. Consulte en studentaid.gov cómo le afectan los "
                                    "cambios.</p>"
                                ),
                            },
                            {
                                "question": (
                                    "¿Qué debo tener a mano para una llamada con el administrador "
                                    "o una sesión de planificación?"
                                ),
                                "answer": (
                                    "<p>La hoja de trabajo, su FSA ID, su declaración de impuestos "
                                    "más reciente y, si busca la PSLF, su historial de "
                                    "certificaciones. Anote en la columna de notas la fecha, con "
                                    "quién habló y el resultado de cada llamada.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Estas herramientas son educación general, no asesoramiento financiero "
                        "individual. Las reglas y las cifras cambian; confirme los datos de sus "
                        "préstamos con su administrador y en studentaid.gov.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "pslf-certification-log",
        "type": "template",
        "topic": "debt-management",
        "specialties": [],
        "stages": ["resident", "early_career", "mid_late_career"],
        "minutes": 10,
        "reviewed_days_ago": 65,
        "featured": False,
        "documents": [
            {
                "filename": "pslf-certification-log.csv",
                "text": (
                    "Employer (legal name) / Empleador (nombre legal),Employer EIN / EIN del "
                    "empleador,Employer type / Tipo de empleador,Start date / Fecha de inicio,End "
                    "date / Fecha de fin,Average hours per week / Promedio de horas por "
                    "semana,Date certified / Fecha de certificación,How submitted / Cómo se "
                    "envió,Confirmation or reference / Confirmación o referencia,Servicer count "
                    "after update / Conteo del administrador tras la actualización,My own count / "
                    "Mi propio conteo,Difference? / ¿Diferencia?,Next certification due / Próxima "
                    "certificación,Notes / Notas\n"
                    "EXAMPLE / EJEMPLO: University hospital (residency) / Hospital universitario "
                    "(residencia),00-0000000,501(c)(3) nonprofit / Sin fines de lucro "
                    "501(c)(3),2024-07-01,,60,2025-06-20,PSLF Help Tool (e-signature / firma "
                    "electrónica),Your reference / Su referencia,11,11,No,2026-06-20,Payments "
                    "under IBR / Pagos con IBR\n"
                    "EXAMPLE / EJEMPLO: University hospital (residency) / Hospital universitario "
                    "(residencia),00-0000000,501(c)(3) nonprofit / Sin fines de lucro "
                    "501(c)(3),2024-07-01,,62,2026-01-10,PSLF Help Tool (e-signature / firma "
                    "electrónica),Your reference / Su referencia,16,18,Yes / Sí,2027-01-10,Called "
                    "servicer 2026-02-03; asked for recount / Llamé al administrador el "
                    "2026-02-03; pedí un nuevo conteo\n"
                    "EXAMPLE / EJEMPLO: County clinic (moonlighting) / Clínica del condado "
                    "(trabajo adicional),00-0000000,Government / "
                    "Gobierno,2025-09-01,,8,2026-01-10,PSLF Help Tool (e-signature / firma "
                    "electrónica),Your reference / Su referencia,,,,2027-01-10,Hours combine with "
                    "main job / Las horas se suman al empleo principal\n"
                    "Employer 1 / Empleador 1,,,,,,,,,,,,,\n"
                    "Employer 1 / Empleador 1,,,,,,,,,,,,,\n"
                    "Employer 1 / Empleador 1,,,,,,,,,,,,,\n"
                    "Employer 2 / Empleador 2,,,,,,,,,,,,,\n"
                    "Employer 2 / Empleador 2,,,,,,,,,,,,,\n"
                    "Employer 2 / Empleador 2,,,,,,,,,,,,,\n"
                    "Employer 3 / Empleador 3,,,,,,,,,,,,,\n"
                    "Employer 3 / Empleador 3,,,,,,,,,,,,,\n"
                    "Employer 3 / Empleador 3,,,,,,,,,,,,,\n"
                    "Employer 4 / Empleador 4,,,,,,,,,,,,,\n"
                    "Employer 4 / Empleador 4,,,,,,,,,,,,,\n"
                    "Employer 4 / Empleador 4,,,,,,,,,,,,,\n"
                    "Employer 5 / Empleador 5,,,,,,,,,,,,,\n"
                    "Employer 5 / Empleador 5,,,,,,,,,,,,,\n"
                    "Employer 5 / Empleador 5,,,,,,,,,,,,,\n"
                    "Qualifying payments needed / Pagos que califican necesarios: "
                    "120,,,,,,,,,,,,,Confirm your count at studentaid.gov / Confirme su conteo en "
                    "studentaid.gov\n"
                ),
                "en": {"title": "PSLF employment certification log (CSV)"},
                "es": {"title": "Registro de certificaciones de empleo para la PSLF (CSV)"},
            },
        ],
        "links": [
            {
                "url": "https://studentaid.gov/pslf/",
                "en": {
                    "title": "PSLF Help Tool",
                    "description": (
                        "The official tool to check whether an employer qualifies and to send your "
                        "employment certification form for electronic signature."
                    ),
                },
                "es": {
                    "title": "PSLF Help Tool",
                    "description": (
                        "La herramienta oficial para comprobar si un empleador califica y enviar "
                        "su formulario de certificación de empleo para firma electrónica."
                    ),
                },
            },
        ],
        "related": ["course:federal-student-loans-and-pslf", "student-loan-inventory"],
        "en": {
            "title": "PSLF employment certification log",
            "introduction": (
                "A simple log of every employer, certification and payment count on your way to "
                "Public Service Loan Forgiveness, so you can spot problems early and prove your "
                "history."
            ),
            "body": [
                ("heading", {"text": "Why keep your own record", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Public Service Loan Forgiveness (PSLF) forgives the remaining balance "
                        "on federal Direct Loans after 120 qualifying monthly payments made while "
                        "you work full time for a qualifying employer, such as a government agency "
                        "or a 501(c)(3) nonprofit. For many residents and clinicians at nonprofit "
                        "hospitals, it is the most valuable loan program available, and as of 2026 "
                        "PSLF forgiveness is not federal taxable income.</p><p>The program runs on "
                        "paperwork. Your servicer counts your payments, but errors happen, "
                        "employers change names, and records can be lost when loans move between "
                        "servicers. A log that you control, updated each time you certify, is your "
                        "best protection.</p>"
                    ),
                ),
                ("heading", {"text": "How to use the template", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li><b>Certify at least once a year and whenever you change jobs.</b> "
                        "The PSLF Help Tool on studentaid.gov finds many employers and sends the "
                        "form to them for electronic signature.</li><li><b>Record each "
                        "certification:</b> the employer’s legal name and EIN, your dates, your "
                        "average weekly hours, the date you submitted and any "
                        "confirmation.</li><li><b>Compare counts.</b> When your servicer updates "
                        "your count, write its number next to your own and flag any "
                        "difference.</li><li><b>Keep copies</b> of signed forms and servicer "
                        "letters in one folder, named by date.</li></ul>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Common situations",
                        "items": [
                            {
                                "question": "Does residency count?",
                                "answer": (
                                    "<p>Often, yes. Many residency programs are run by nonprofit "
                                    "or public hospitals. Payments made during residency under a "
                                    "qualifying repayment plan count, including payments of $0 "
                                    "under an income-driven plan. Confirm your employer in the "
                                    "PSLF Help Tool.</p>"
                                ),
                            },
                            {
                                "question": "What if I work for two employers?",
                                "answer": (
                                    "<p>Full time for PSLF means at least 30 hours a week on "
                                    "average, and you can combine hours from more than one "
                                    "qualifying employer. Certify each employer and give each its "
                                    "own rows in the log.</p>"
                                ),
                            },
                            {
                                "question": "Do months in forbearance count?",
                                "answer": (
                                    "<p>Months in most deferments and forbearances do not count. "
                                    "The Department of Education has offered a way to buy back "
                                    "certain past months; check the current rules on "
                                    "studentaid.gov before you rely on it.</p>"
                                ),
                            },
                            {
                                "question": "Has anything changed for employers?",
                                "answer": (
                                    "<p>A Department of Education rule finalized in 2025 allows it "
                                    "to find some employers ineligible, starting in July 2026, "
                                    "because of certain activities. The rule has been challenged "
                                    "in court. It is one more reason to certify regularly and keep "
                                    "your own records.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>This template is general education, not individual financial advice. "
                        "Confirm your employer’s status and your payment count on "
                        "studentaid.gov.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Registro de certificaciones de empleo para la PSLF",
            "introduction": (
                "Un registro sencillo de cada empleador, certificación y conteo de pagos en su "
                "camino hacia la Condonación de Préstamos por Servicio Público, para detectar "
                "problemas a tiempo y demostrar su historial."
            ),
            "body": [
                ("heading", {"text": "Por qué llevar su propio registro", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>La Public Service Loan Forgiveness (PSLF, Condonación de Préstamos por "
                        "Servicio Público) condona el saldo restante de los préstamos federales "
                        "Direct después de 120 pagos mensuales que califican, realizados mientras "
                        "usted trabaja a tiempo completo para un empleador que califica, como una "
                        "agencia de gobierno o una organización sin fines de lucro 501(c)(3). Para "
                        "muchos residentes y profesionales clínicos de hospitales sin fines de "
                        "lucro, es el programa de préstamos más valioso, y en 2026 la condonación "
                        "por PSLF no se considera ingreso sujeto a impuestos federales.</p><p>El "
                        "programa depende de los trámites. Su administrador cuenta sus pagos, pero "
                        "hay errores, los empleadores cambian de nombre y los registros pueden "
                        "perderse cuando los préstamos pasan de un administrador a otro. Un "
                        "registro que usted controla, actualizado cada vez que certifica, es su "
                        "mejor protección.</p>"
                    ),
                ),
                ("heading", {"text": "Cómo usar la plantilla", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li><b>Certifique al menos una vez al año y cada vez que cambie de "
                        "empleo.</b> La PSLF Help Tool de studentaid.gov encuentra a muchos "
                        "empleadores y les envía el formulario para firma "
                        "electrónica.</li><li><b>Anote cada certificación:</b> el nombre legal y "
                        "el EIN del empleador, sus fechas, su promedio de horas semanales, la "
                        "fecha de envío y cualquier confirmación.</li><li><b>Compare los "
                        "conteos.</b> Cuando su administrador actualice su conteo, anote su cifra "
                        "junto a la suya y marque cualquier diferencia.</li><li><b>Guarde "
                        "copias</b> de los formularios firmados y de las cartas del administrador "
                        "en una sola carpeta, con la fecha en el nombre.</li></ul>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Situaciones frecuentes",
                        "items": [
                            {
                                "question": "¿Cuenta la residencia?",
                                "answer": (
                                    "<p>Con frecuencia, sí. Muchos programas de residencia "
                                    "dependen de hospitales públicos o sin fines de lucro. Los "
                                    "pagos hechos durante la residencia con un plan de pago que "
                                    "califica cuentan, incluidos los pagos de $0 en un plan basado "
                                    "en los ingresos. Confirme a su empleador en la PSLF Help "
                                    "Tool.</p>"
                                ),
                            },
                            {
                                "question": "¿Qué pasa si trabajo para dos empleadores?",
                                "answer": (
                                    "<p>Para la PSLF, tiempo completo significa al menos 30 horas "
                                    "semanales en promedio, y puede sumar las horas de más de un "
                                    "empleador que califica. Certifique a cada empleador y dele "
                                    "sus propias filas en el registro.</p>"
                                ),
                            },
                            {
                                "question": "¿Cuentan los meses en indulgencia (forbearance)?",
                                "answer": (
                                    "<p>Los meses en la mayoría de los aplazamientos e "
                                    "indulgencias no cuentan. El Departamento de Educación ha "
                                    "ofrecido una forma de recuperar (buy back) ciertos meses "
                                    "anteriores; consulte las reglas vigentes en studentaid.gov "
                                    "antes de contar con ello.</p>"
                                ),
                            },
                            {
                                "question": "¿Ha cambiado algo para los empleadores?",
                                "answer": (
                                    "<p>Una regla del Departamento de Educación finalizada en 2025 "
                                    "le permite declarar no elegibles a algunos empleadores, a "
                                    "partir de julio de 2026, por ciertas actividades. La regla ha "
                                    "sido impugnada en los tribunales. Es una razón más para "
                                    "certificar con regularidad y llevar su propio registro.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Esta plantilla es educación general, no asesoramiento financiero "
                        "individual. Confirme la situación de su empleador y su conteo de pagos en "
                        "studentaid.gov.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "federal-loan-changes-2026",
        "type": "guide",
        "topic": "debt-management",
        "specialties": [],
        "stages": ["student", "resident", "early_career"],
        "minutes": 9,
        "reviewed_days_ago": 18,
        "featured": False,
        "documents": [],
        "links": [
            {
                "url": "https://studentaid.gov/",
                "en": {
                    "title": "Federal Student Aid",
                    "description": (
                        "The Department of Education’s official site for federal student loans: "
                        "announcements about the 2026 changes, repayment plans, the Loan Simulator "
                        "and PSLF."
                    ),
                },
                "es": {
                    "title": "Federal Student Aid",
                    "description": (
                        "El sitio oficial del Departamento de Educación sobre préstamos federales: "
                        "anuncios sobre los cambios de 2026, planes de pago, el Loan Simulator y "
                        "la PSLF."
                    ),
                },
            },
            {
                "url": "https://www.consumerfinance.gov/consumer-tools/student-loans/",
                "en": {
                    "title": "Consumer Financial Protection Bureau: student loans",
                    "description": (
                        "Independent, plain-language help with repayment choices, and a way to "
                        "submit a complaint if your servicer makes a mistake."
                    ),
                },
                "es": {
                    "title": "Consumer Financial Protection Bureau: préstamos estudiantiles",
                    "description": (
                        "Ayuda independiente y en lenguaje sencillo sobre opciones de pago, y una "
                        "vía para presentar una queja si su administrador comete un error."
                    ),
                },
            },
        ],
        "related": [
            "student-loan-inventory",
            "loan-forgiveness-office-hours-recording",
            "course:federal-student-loans-and-pslf",
        ],
        "en": {
            "title": "Federal student loans in 2026: what the new rules mean for you",
            "introduction": (
                "A plain-language guide to the federal student loan changes taking effect in 2026, "
                "and the questions to ask before you borrow, switch plans or count on forgiveness."
            ),
            "body": [
                ("heading", {"text": "What changed, in brief", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>A federal law signed in July 2025 rewrote large parts of the federal "
                        "student loan system, and most of its changes start on July 1, 2026. The "
                        "U.S. Department of Education is still publishing rules and guidance, so "
                        "treat this page as a map of what to check rather than a final answer. "
                        "Confirm every detail that affects you on studentaid.gov or with your "
                        "servicer.</p>"
                    ),
                ),
                ("heading", {"text": "If you are still borrowing", "level": "h3"}),
                (
                    "paragraph",
                    (
                        "<ul><li><b>Grad PLUS loans end for new borrowers</b> on July 1, 2026. "
                        "Students who were already enrolled and had borrowed before that date may "
                        "keep borrowing under the old rules for a limited time.</li><li><b>New "
                        "limits apply to Direct Unsubsidized loans:</b> in general $50,000 a year "
                        "and $200,000 in total for students in professional programs such as "
                        "medicine, dentistry and pharmacy, and $20,500 a year and $100,000 in "
                        "total for other graduate students, within a lifetime federal limit of "
                        "$257,500.</li><li><b>Which programs count as professional</b> was still "
                        "being settled in federal rulemaking in early 2026, and graduate nursing "
                        "and physician assistant programs were not on the draft list. Ask your "
                        "financial aid office how your program is classified.</li><li>If federal "
                        "limits leave a gap, look first at school aid, scholarships (including "
                        "NMF’s), and service-based programs, and only then at private "
                        "loans.</li></ul>"
                    ),
                ),
                ("heading", {"text": "If you are repaying", "level": "h3"}),
                (
                    "paragraph",
                    (
                        "<ul><li>A new income-driven plan, the <b>Repayment Assistance Plan "
                        "(RAP)</b>, opens by July 1, 2026. Payments are generally 1% to 10% of "
                        "adjusted gross income, with a $10 monthly minimum and a reduction for "
                        "each dependent. Monthly interest that your payment does not cover is not "
                        "added to your balance, and any balance left after 30 years of qualifying "
                        "payments can be forgiven. Payments under RAP count toward "
                        "PSLF.</li><li>Loans made on or after July 1, 2026 will have two choices: "
                        "RAP or a new standard plan with a fixed term of 10 to 25 years, depending "
                        "on the balance.</li><li>The SAVE, PAYE and ICR plans are closing. "
                        "Borrowers in them must move to another plan by July 1, 2028, and SAVE "
                        "borrowers may be asked to move sooner. Income-Based Repayment (IBR) "
                        "remains available for existing loans.</li><li>Be careful with "
                        "consolidation: a consolidation loan made on or after July 1, 2026 may be "
                        "limited to the new plans. Ask your servicer before you "
                        "consolidate.</li></ul>"
                    ),
                ),
                ("heading", {"text": "Taxes on forgiveness", "level": "h3"}),
                (
                    "paragraph",
                    (
                        "<p>From 2021 through 2025, federal law treated most student loan "
                        "forgiveness as tax-free. That temporary rule expired at the end of 2025. "
                        "As of 2026, balances forgiven after 20 to 30 years on an income-driven "
                        "plan may again count as federal taxable income, while PSLF forgiveness "
                        "remains federally tax-free. State rules differ. If you expect long-term "
                        "income-driven forgiveness, ask a tax professional how to plan for a "
                        "possible tax bill.</p>"
                    ),
                ),
                ("heading", {"text": "What to do this year", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ol><li>Update your <b>student loan inventory</b> so you know which "
                        "loans, plans and dates apply to you.</li><li>If you work for a nonprofit "
                        "or public employer, <b>certify your employment for PSLF</b> and keep your "
                        "own log.</li><li>Read every message from your servicer, and make sure it "
                        "has your current email and mailing address.</li><li>Before you switch "
                        "plans, consolidate or refinance, <b>ask how the change affects your "
                        "payment count and your future options</b>. Refinancing into a private "
                        "loan is permanent and ends access to federal plans and PSLF.</li><li>Keep "
                        "paying while you decide. Missed payments can lead to delinquency, and "
                        "they never count toward forgiveness.</li></ol>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "I kept waiting for the rules to settle before I looked at my loans. "
                            "When I finally built my inventory, I found a loan I had forgotten "
                            "about and a PSLF count that was six months short. Both were fixable "
                            "because I caught them early."
                        ),
                        "attribution": "Dr. Keisha Marroquín",
                        "role": "Pediatrics resident and NMF scholar",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>This guide is general education, not individual financial, tax or "
                        "legal advice. Figures and dates are as of early 2026; confirm them with "
                        "the official source before you act.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Préstamos federales en 2026: qué significan las nuevas reglas para usted",
            "introduction": (
                "Una guía en lenguaje sencillo sobre los cambios en los préstamos estudiantiles "
                "federales que entran en vigor en 2026, y las preguntas que conviene hacer antes "
                "de pedir un préstamo, cambiar de plan o contar con la condonación."
            ),
            "body": [
                ("heading", {"text": "Qué cambió, en resumen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Una ley federal firmada en julio de 2025 reformó buena parte del "
                        "sistema de préstamos estudiantiles federales, y la mayoría de sus cambios "
                        "empiezan el 1 de julio de 2026. El Departamento de Educación de EE. UU. "
                        "todavía está publicando reglas y orientaciones, así que tome esta página "
                        "como un mapa de lo que debe verificar y no como una respuesta definitiva. "
                        "Confirme cada detalle que le afecte en studentaid.gov o con su "
                        "administrador de préstamos.</p>"
                    ),
                ),
                ("heading", {"text": "Si todavía está pidiendo préstamos", "level": "h3"}),
                (
                    "paragraph",
                    (
                        "<ul><li><b>Los préstamos Grad PLUS terminan para nuevos prestatarios</b> "
                        "el 1 de julio de 2026. Quienes ya estaban inscritos y habían recibido "
                        "préstamos antes de esa fecha podrían seguir pidiendo prestado con las "
                        "reglas anteriores durante un tiempo limitado.</li><li><b>Hay nuevos "
                        "límites para los préstamos Direct Unsubsidized:</b> en general, $50,000 "
                        "al año y $200,000 en total para estudiantes de programas profesionales "
                        "como medicina, odontología y farmacia, y $20,500 al año y $100,000 en "
                        "total para otros estudiantes de posgrado, dentro de un límite federal de "
                        "por vida de $257,500.</li><li><b>Qué programas se consideran "
                        "profesionales</b> seguía definiéndose en el proceso de reglamentación "
                        "federal a comienzos de 2026, y los programas de posgrado en enfermería y "
                        "de asociado médico (physician assistant) no figuraban en la lista "
                        "preliminar. Pregunte a la oficina de ayuda financiera cómo se clasifica "
                        "su programa.</li><li>Si los límites federales no alcanzan, busque primero "
                        "ayuda de su escuela, becas (incluidas las de NMF) y programas a cambio de "
                        "servicio, y solo después préstamos privados.</li></ul>"
                    ),
                ),
                ("heading", {"text": "Si ya está pagando", "level": "h3"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Un nuevo plan basado en los ingresos, el <b>Repayment Assistance "
                        "Plan (RAP, Plan de Asistencia para el Reembolso)</b>, se abre a más "
                        "tardar el 1 de julio de 2026. Los pagos suelen ser del 1% al 10% del "
                        "ingreso bruto ajustado, con un mínimo de $10 al mes y una reducción por "
                        "cada dependiente. Los intereses mensuales que su pago no cubre no se "
                        "suman a su saldo, y el saldo que quede después de 30 años de pagos que "
                        "califican puede condonarse. Los pagos con el RAP cuentan para la "
                        "PSLF.</li><li>Los préstamos otorgados a partir del 1 de julio de 2026 "
                        "tendrán dos opciones: el RAP o un nuevo plan estándar con un plazo fijo "
                        "de 10 a 25 años, según el saldo.</li><li>Los planes SAVE, PAYE e ICR van "
                        "a cerrar. Quienes están en ellos deben pasar a otro plan a más tardar el "
                        "1 de julio de 2028, y a quienes están en SAVE se les podría pedir que "
                        "cambien antes. El plan Income-Based Repayment (IBR) sigue disponible para "
                        "los préstamos existentes.</li><li>Tenga cuidado con la consolidación: un "
                        "préstamo de consolidación otorgado a partir del 1 de julio de 2026 podría "
                        "quedar limitado a los nuevos planes. Pregunte a su administrador antes de "
                        "consolidar.</li></ul>"
                    ),
                ),
                ("heading", {"text": "Impuestos sobre la condonación", "level": "h3"}),
                (
                    "paragraph",
                    (
                        "<p>De 2021 a 2025, la ley federal trató la mayor parte de la condonación "
                        "de préstamos estudiantiles como libre de impuestos. Esa regla temporal "
                        "venció a finales de 2025. En 2026, los saldos condonados después de 20 a "
                        "30 años en un plan basado en los ingresos pueden volver a considerarse "
                        "ingreso sujeto a impuestos federales, mientras que la condonación por "
                        "PSLF sigue libre de impuestos federales. Las reglas estatales varían. Si "
                        "espera una condonación a largo plazo en un plan basado en los ingresos, "
                        "pregunte a un profesional de impuestos cómo prepararse para una posible "
                        "factura fiscal.</p>"
                    ),
                ),
                ("heading", {"text": "Qué hacer este año", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ol><li>Actualice su <b>inventario de préstamos estudiantiles</b> para "
                        "saber qué préstamos, planes y fechas se aplican a usted.</li><li>Si "
                        "trabaja para un empleador público o sin fines de lucro, <b>certifique su "
                        "empleo para la PSLF</b> y lleve su propio registro.</li><li>Lea todos los "
                        "mensajes de su administrador y asegúrese de que tenga su correo "
                        "electrónico y su dirección postal actuales.</li><li>Antes de cambiar de "
                        "plan, consolidar o refinanciar, <b>pregunte cómo afecta el cambio a su "
                        "conteo de pagos y a sus opciones futuras</b>. Refinanciar con un préstamo "
                        "privado es permanente y le quita el acceso a los planes federales y a la "
                        "PSLF.</li><li>Siga pagando mientras decide. Los pagos atrasados pueden "
                        "llevar a la morosidad y nunca cuentan para la condonación.</li></ol>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Esperaba a que las reglas se definieran antes de revisar mis "
                            "préstamos. Cuando por fin hice mi inventario, encontré un préstamo "
                            "que había olvidado y un conteo para la PSLF al que le faltaban seis "
                            "meses. Ambas cosas tuvieron arreglo porque las detecté a tiempo."
                        ),
                        "attribution": "Dra. Keisha Marroquín",
                        "role": "Residente de pediatría y becaria de NMF",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Esta guía es educación general, no asesoramiento financiero, fiscal ni "
                        "legal individual. Las cifras y fechas corresponden a comienzos de 2026; "
                        "confírmelas con la fuente oficial antes de actuar.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "loan-forgiveness-office-hours-recording",
        "type": "video",
        "topic": "debt-management",
        "specialties": [],
        "stages": ["resident", "early_career"],
        "minutes": 60,
        "reviewed_days_ago": 52,
        "featured": False,
        "documents": [],
        "links": [
            {
                "url": (
                    "https://media.hub.example.org/recordings/loan-forgiveness-office-hours-2026"
                ),
                "en": {
                    "title": "Watch the recording",
                    "description": (
                        "Full 60-minute recording of the office hours, with captions in English "
                        "and Spanish."
                    ),
                },
                "es": {
                    "title": "Vea la grabación",
                    "description": (
                        "Grabación completa de 60 minutos de la sesión de consultas, con "
                        "subtítulos en inglés y en español."
                    ),
                },
            },
        ],
        "related": ["federal-loan-changes-2026", "pslf-certification-log"],
        "en": {
            "title": "Recording: Loan forgiveness office hours with Dr. Tomás Quintero",
            "introduction": (
                "Dr. Tomás Quintero answered members’ questions about PSLF, income-driven plans "
                "and the 2026 changes. Read the highlights here or watch the full session."
            ),
            "body": [
                ("heading", {"text": "About this session", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>In these Hub office hours, Dr. Tomás Quintero, PharmD, CFP, a "
                        "pharmacist who became a fee-only financial planner after paying off his "
                        "own loans, took questions from residents, fellows and early-career "
                        "clinicians. The session was recorded in early 2026, while the Department "
                        "of Education was putting the July 2025 student loan law into practice, so "
                        "some details may have changed since. Confirm anything that affects you on "
                        "studentaid.gov.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Highlights from the questions",
                        "items": [
                            {
                                "question": "“I’m in the SAVE plan. Should I do something now?”",
                                "answer": (
                                    "<p>Dr. Quintero explained that SAVE is closing and borrowers "
                                    "in it will need to move to another plan. He suggested reading "
                                    "every servicer notice, comparing what IBR and the new "
                                    "Repayment Assistance Plan would cost with the official Loan "
                                    "Simulator on studentaid.gov, and not stopping payments while "
                                    "deciding. If you are pursuing PSLF, choose a plan that "
                                    "counts.</p>"
                                ),
                            },
                            {
                                "question": "“Should I refinance during residency?”",
                                "answer": (
                                    "<p>His general answer: not if you work for a nonprofit or "
                                    "public employer and might use PSLF. Refinancing permanently "
                                    "turns federal loans into private ones and gives up "
                                    "income-driven plans, forgiveness and federal protections. It "
                                    "can make sense later for some people who are sure they will "
                                    "never need those protections.</p>"
                                ),
                            },
                            {
                                "question": (
                                    "“My fellowship is with a for-profit group. Do I lose my PSLF "
                                    "progress?”"
                                ),
                                "answer": (
                                    "<p>No. Qualifying payments you have already made still count. "
                                    "Months with a non-qualifying employer simply do not add to "
                                    "your total, and you can continue when you return to "
                                    "qualifying work. Certify your residency employment before you "
                                    "leave so the record is complete.</p>"
                                ),
                            },
                            {
                                "question": "“Is forgiveness taxed now?”",
                                "answer": (
                                    "<p>He noted that PSLF forgiveness remains federally tax-free. "
                                    "Forgiveness after 20 to 30 years on an income-driven plan may "
                                    "be federally taxable again from 2026, because a temporary "
                                    "exemption ended at the end of 2025. State rules vary.</p>"
                                ),
                            },
                            {
                                "question": "“What should I do this week?”",
                                "answer": (
                                    "<p>Build a loan inventory, sign in to studentaid.gov and to "
                                    "your servicer’s website, certify PSLF employment if it "
                                    "applies to you, and put a yearly reminder on your calendar to "
                                    "recertify your income.</p>"
                                ),
                            },
                        ],
                    },
                ),
                ("heading", {"text": "Key takeaways", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Keep paying while the rules change; missed payments never count "
                        "toward forgiveness.</li><li>Do not refinance federal loans while PSLF is "
                        "still a possibility.</li><li>Certify your employment and keep your own "
                        "records.</li><li>Use the official tools before you "
                        "decide.</li></ul><p>This recording is general education, not individual "
                        "financial advice.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": (
                "Grabación: Consultas sobre condonación de préstamos con el Dr. Tomás Quintero"
            ),
            "introduction": (
                "El Dr. Tomás Quintero respondió preguntas de miembros sobre la PSLF, los planes "
                "basados en los ingresos y los cambios de 2026. Lea aquí lo más destacado o vea la "
                "sesión completa."
            ),
            "body": [
                ("heading", {"text": "Sobre esta sesión", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>En esta sesión de consultas del Hub, el Dr. Tomás Quintero, PharmD, "
                        "CFP, farmacéutico que se convirtió en planificador financiero que cobra "
                        "solo honorarios después de pagar sus propios préstamos, respondió "
                        "preguntas de residentes, fellows y profesionales clínicos al inicio de su "
                        "carrera. La sesión se grabó a comienzos de 2026, mientras el Departamento "
                        "de Educación ponía en práctica la ley de préstamos estudiantiles de julio "
                        "de 2025, así que algunos detalles pueden haber cambiado. Confirme en "
                        "studentaid.gov todo lo que le afecte.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Lo más destacado de las preguntas",
                        "items": [
                            {
                                "question": "“Estoy en el plan SAVE. ¿Debo hacer algo ahora?”",
                                "answer": (
                                    "<p>El Dr. Quintero explicó que SAVE va a cerrar y que quienes "
                                    "están en él deberán pasar a otro plan. Sugirió leer cada "
                                    "aviso del administrador, comparar cuánto costaría el IBR y el "
                                    "nuevo Repayment Assistance Plan con el Loan Simulator oficial "
                                    "de studentaid.gov, y no dejar de pagar mientras decide. Si "
                                    "busca la PSLF, elija un plan que cuente.</p>"
                                ),
                            },
                            {
                                "question": "“¿Debo refinanciar durante la residencia?”",
                                "answer": (
                                    "<p>Su respuesta general: no, si trabaja para un empleador "
                                    "público o sin fines de lucro y podría usar la PSLF. "
                                    "Refinanciar convierte de forma permanente los préstamos "
                                    "federales en privados y renuncia a los planes basados en los "
                                    "ingresos, a la condonación y a las protecciones federales. "
                                    "Puede tener sentido más adelante para algunas personas que "
                                    "están seguras de que nunca necesitarán esas protecciones.</p>"
                                ),
                            },
                            {
                                "question": (
                                    "“Mi fellowship es con un grupo con fines de lucro. ¿Pierdo mi "
                                    "avance en la PSLF?”"
                                ),
                                "answer": (
                                    "<p>No. Los pagos que califican que ya hizo siguen contando. "
                                    "Los meses con un empleador que no califica simplemente no se "
                                    "suman a su total, y puede continuar cuando vuelva a un "
                                    "trabajo que califique. Certifique su empleo de residencia "
                                    "antes de irse para que el registro quede completo.</p>"
                                ),
                            },
                            {
                                "question": "“¿Ahora se pagan impuestos por la condonación?”",
                                "answer": (
                                    "<p>Señaló que la condonación por PSLF sigue libre de "
                                    "impuestos federales. La condonación después de 20 a 30 años "
                                    "en un plan basado en los ingresos puede volver a estar sujeta "
                                    "a impuestos federales desde 2026, porque una exención "
                                    "temporal terminó a finales de 2025. Las reglas estatales "
                                    "varían.</p>"
                                ),
                            },
                            {
                                "question": "“¿Qué debo hacer esta semana?”",
                                "answer": (
                                    "<p>Haga un inventario de sus préstamos, inicie sesión en "
                                    "studentaid.gov y en el sitio de su administrador, certifique "
                                    "su empleo para la PSLF si le corresponde y ponga en su "
                                    "calendario un recordatorio anual para recertificar sus "
                                    "ingresos.</p>"
                                ),
                            },
                        ],
                    },
                ),
                ("heading", {"text": "Ideas clave", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Siga pagando mientras cambian las reglas; los pagos atrasados "
                        "nunca cuentan para la condonación.</li><li>No refinancie préstamos "
                        "federales mientras la PSLF siga siendo una "
                        "posibilidad.</li><li>Certifique su empleo y lleve su propio "
                        "registro.</li><li>Use las herramientas oficiales antes de "
                        "decidir.</li></ul><p>Esta grabación es educación general, no "
                        "asesoramiento financiero individual.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "nhsc-loan-repayment-program",
        "type": "link",
        "topic": "debt-management",
        "specialties": [],
        "stages": ["student", "resident", "early_career"],
        "minutes": 5,
        "reviewed_days_ago": 120,
        "featured": False,
        "documents": [],
        "links": [
            {
                "url": "https://nhsc.hrsa.gov/",
                "en": {
                    "title": "National Health Service Corps",
                    "description": (
                        "HRSA’s official site for NHSC loan repayment and scholarships: eligible "
                        "disciplines, approved sites, award amounts and application dates."
                    ),
                },
                "es": {
                    "title": "National Health Service Corps",
                    "description": (
                        "El sitio oficial de HRSA sobre el pago de préstamos y las becas del NHSC: "
                        "disciplinas elegibles, sitios aprobados, montos y fechas de solicitud."
                    ),
                },
            },
        ],
        "related": ["student-loan-inventory", "pslf-certification-log"],
        "en": {
            "title": "National Health Service Corps loan repayment (HRSA)",
            "introduction": (
                "The official site where eligible clinicians apply for loan repayment in exchange "
                "for serving in communities with too few health professionals."
            ),
            "body": [
                ("heading", {"text": "What you will find there", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The National Health Service Corps (NHSC), run by the Health Resources "
                        "and Services Administration (HRSA), repays part of the qualifying "
                        "educational loans of licensed clinicians who work at approved sites in "
                        "Health Professional Shortage Areas. The site explains each loan repayment "
                        "program, the disciplines that qualify, and the current award amounts, "
                        "which depend on the site’s shortage score and on whether you serve full "
                        "or part time.</p><p>Eligible disciplines include physicians in primary "
                        "care and psychiatry, nurse practitioners, certified nurse-midwives, "
                        "physician assistants, dentists, dental hygienists and several behavioral "
                        "health professions. NHSC programs focused on substance use disorder "
                        "treatment have also included pharmacists and registered nurses.</p>"
                    ),
                ),
                ("heading", {"text": "How to use it", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ol><li>Use the site search to check whether your current or future "
                        "workplace is an NHSC-approved site.</li><li>Read the current application "
                        "guidance before the cycle opens; applications are usually accepted once a "
                        "year.</li><li>Gather loan statements and employment details early; a "
                        "student loan inventory helps.</li><li>Compare the service commitment with "
                        "PSLF and state programs, and ask each program whether they can be "
                        "combined.</li></ol><p>Rules, amounts and deadlines change each year; "
                        "confirm them on the official site.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Pago de préstamos del National Health Service Corps (HRSA)",
            "introduction": (
                "El sitio oficial donde los profesionales clínicos elegibles solicitan el pago de "
                "sus préstamos a cambio de servir en comunidades con escasez de profesionales de "
                "la salud."
            ),
            "body": [
                ("heading", {"text": "Qué encontrará allí", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>El National Health Service Corps (NHSC), a cargo de la Health "
                        "Resources and Services Administration (HRSA), paga parte de los préstamos "
                        "educativos de profesionales clínicos con licencia que trabajan en sitios "
                        "aprobados de Áreas con Escasez de Profesionales de la Salud. El sitio "
                        "explica cada programa, las disciplinas que califican y los montos "
                        "vigentes, que dependen del puntaje de escasez del sitio y de si usted "
                        "sirve a tiempo completo o parcial.</p><p>Entre las disciplinas elegibles "
                        "figuran médicos de atención primaria y de psiquiatría, enfermeras y "
                        "enfermeros practicantes, parteras certificadas, asociados médicos, "
                        "dentistas, higienistas dentales y varias profesiones de salud conductual. "
                        "Los programas del NHSC dedicados al tratamiento de trastornos por consumo "
                        "de sustancias también han incluido a farmacéuticos y a enfermeras y "
                        "enfermeros registrados.</p>"
                    ),
                ),
                ("heading", {"text": "Cómo usarlo", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ol><li>Use el buscador del sitio para comprobar si su lugar de trabajo "
                        "actual o futuro es un sitio aprobado por el NHSC.</li><li>Lea la guía de "
                        "solicitud vigente antes de que abra el ciclo; por lo general se aceptan "
                        "solicitudes una vez al año.</li><li>Reúna con tiempo sus estados de "
                        "cuenta y datos de empleo; un inventario de préstamos "
                        "ayuda.</li><li>Compare el compromiso de servicio con la PSLF y los "
                        "programas estatales, y pregunte a cada programa si se pueden "
                        "combinar.</li></ol><p>Las reglas, los montos y las fechas cambian cada "
                        "año; confírmelos en el sitio oficial.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "pharmacist-loan-repayment-paths",
        "type": "guide",
        "topic": "debt-management",
        "specialties": ["pharmacy"],
        "stages": ["student", "resident", "early_career"],
        "minutes": 8,
        "reviewed_days_ago": 470,
        "featured": False,
        "documents": [],
        "links": [
            {
                "url": "https://studentaid.gov/pslf/",
                "en": {
                    "title": "PSLF Help Tool",
                    "description": (
                        "Check whether a hospital, health system or public employer qualifies for "
                        "PSLF, using its legal name or EIN."
                    ),
                },
                "es": {
                    "title": "PSLF Help Tool",
                    "description": (
                        "Compruebe si un hospital, sistema de salud o empleador público califica "
                        "para la PSLF, con su nombre legal o su EIN."
                    ),
                },
            },
            {
                "url": "https://nhsc.hrsa.gov/",
                "en": {
                    "title": "National Health Service Corps",
                    "description": (
                        "Loan repayment programs for clinicians at approved sites, including "
                        "programs focused on substance use disorder treatment."
                    ),
                },
                "es": {
                    "title": "National Health Service Corps",
                    "description": (
                        "Programas de pago de préstamos para profesionales clínicos en sitios "
                        "aprobados, incluidos programas dedicados al tratamiento de trastornos por "
                        "consumo de sustancias."
                    ),
                },
            },
        ],
        "related": [
            "pslf-certification-log",
            "nhsc-loan-repayment-program",
            "course:federal-student-loans-and-pslf",
        ],
        "en": {
            "title": (
                "Paying off pharmacy school loans: paths for PharmD students and new pharmacists"
            ),
            "introduction": (
                "How pharmacists can compare PSLF, employer repayment benefits, service programs "
                "and faster payoff, depending on where they work."
            ),
            "body": [
                ("heading", {"text": "Where you work shapes your options", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Many new pharmacists graduate with large federal loan balances and a "
                        "salary that is solid but rarely grows quickly. The best repayment path "
                        "often depends less on the size of the debt than on the type of employer. "
                        "Before you accept an offer, find out whether the employer is a government "
                        "agency, a 501(c)(3) nonprofit or a for-profit company, because that "
                        "single fact decides whether Public Service Loan Forgiveness (PSLF) is "
                        "open to you.</p>"
                    ),
                ),
                (
                    "heading",
                    {"text": "Hospital, health-system and public employers", "level": "h3"},
                ),
                (
                    "paragraph",
                    (
                        "<p>Pharmacists at nonprofit hospitals, academic medical centers, the "
                        "Department of Veterans Affairs, the Indian Health Service, and tribal, "
                        "state or county facilities often qualify for PSLF. After 120 qualifying "
                        "monthly payments on federal Direct Loans, under a qualifying plan and "
                        "while working full time, the remaining balance is forgiven, and as of "
                        "2026 that forgiveness is federally tax-free. A PGY1 or PGY2 residency at "
                        "a qualifying hospital counts too, and income-driven payments are lowest "
                        "then.</p>"
                    ),
                ),
                ("heading", {"text": "Retail, specialty and industry employers", "level": "h3"}),
                (
                    "paragraph",
                    (
                        "<p>Most chain and specialty pharmacies, pharmaceutical companies and many "
                        "staffing agencies are for-profit, so work there does not count toward "
                        "PSLF. For these roles, compare:</p><ul><li><b>Employer student loan "
                        "repayment benefits.</b> Under Section 127 of the tax code, an employer "
                        "can pay up to $5,250 a year toward your loans tax-free. A 2025 law made "
                        "this permanent, with the limit indexed for inflation after 2026. Ask "
                        "whether the benefit exists and whether you must pay it back if you "
                        "leave.</li><li><b>A faster payoff plan.</b> Once you have an emergency "
                        "fund and are getting any retirement match, extra payments to the "
                        "highest-rate loan reduce total interest.</li><li><b>Refinancing</b>, only "
                        "if you are confident you will never need PSLF or income-driven "
                        "protections. Refinancing federal loans into a private loan is "
                        "permanent.</li></ul>"
                    ),
                ),
                ("heading", {"text": "Service-based repayment programs", "level": "h3"}),
                (
                    "paragraph",
                    (
                        "<p>Some programs repay loans in exchange for service. The National Health "
                        "Service Corps’ Substance Use Disorder Workforce Loan Repayment Program "
                        "has included pharmacists, the Indian Health Service runs its own loan "
                        "repayment program, and several states offer programs for pharmacists in "
                        "underserved areas. Eligibility, amounts and deadlines change; check each "
                        "program’s official site.</p>"
                    ),
                ),
                ("heading", {"text": "If you are still in school", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>From July 1, 2026, Grad PLUS loans end for new borrowers and new "
                        "limits apply to Direct Unsubsidized loans. Under the Department of "
                        "Education’s draft definitions, the PharmD counts as a professional "
                        "degree, with a general limit of $50,000 a year and $200,000 in total. "
                        "Students already enrolled before that date may keep some access to the "
                        "old rules for a limited time. Ask your financial aid office how the "
                        "limits apply to your class, and borrow only what you need.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Questions to ask before you accept a pharmacist job",
                        "items": [
                            {
                                "question": (
                                    "Is this employer a government agency or a 501(c)(3) nonprofit?"
                                ),
                                "answer": (
                                    "<p>Ask for the employer’s legal name and EIN, and check it in "
                                    "the PSLF Help Tool. A nonprofit hospital may contract its "
                                    "pharmacy services to a for-profit company; if that company "
                                    "pays you, it is the employer that counts.</p>"
                                ),
                            },
                            {
                                "question": "Will I work at least 30 hours a week?",
                                "answer": (
                                    "<p>PSLF requires full-time work, meaning at least 30 hours a "
                                    "week on average. Part-time and per diem roles may fall short "
                                    "unless you combine hours from more than one qualifying "
                                    "employer.</p>"
                                ),
                            },
                            {
                                "question": "Is there a student loan repayment benefit?",
                                "answer": (
                                    "<p>Ask for the yearly amount, any clawback if you leave, and "
                                    "whether the money is paid directly to your servicer.</p>"
                                ),
                            },
                            {
                                "question": "What is the retirement match?",
                                "answer": (
                                    "<p>A match is part of your pay. Do not give it up to pay "
                                    "loans faster unless you have a clear reason.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>This guide is general education, not individual financial advice. "
                        "Program rules change; confirm them with studentaid.gov, your servicer and "
                        "each program’s official source.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": (
                "Cómo pagar los préstamos de farmacia: caminos para estudiantes de PharmD y "
                "farmacéuticos nuevos"
            ),
            "introduction": (
                "Cómo pueden los farmacéuticos comparar la PSLF, los beneficios del empleador para "
                "pagar préstamos, los programas a cambio de servicio y el pago acelerado, según "
                "dónde trabajen."
            ),
            "body": [
                ("heading", {"text": "Su lugar de trabajo define sus opciones", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Muchos farmacéuticos nuevos se gradúan con saldos altos de préstamos "
                        "federales y un sueldo sólido, pero que rara vez crece rápido. El mejor "
                        "camino de pago suele depender menos del tamaño de la deuda que del tipo "
                        "de empleador. Antes de aceptar una oferta, averigüe si el empleador es "
                        "una agencia de gobierno, una organización sin fines de lucro 501(c)(3) o "
                        "una empresa con fines de lucro, porque ese solo dato decide si la Public "
                        "Service Loan Forgiveness (PSLF, Condonación de Préstamos por Servicio "
                        "Público) está a su alcance.</p>"
                    ),
                ),
                (
                    "heading",
                    {"text": "Hospitales, sistemas de salud y empleadores públicos", "level": "h3"},
                ),
                (
                    "paragraph",
                    (
                        "<p>Los farmacéuticos de hospitales sin fines de lucro, centros médicos "
                        "académicos, el Departamento de Asuntos de Veteranos, el Servicio de Salud "
                        "Indígena (Indian Health Service) y centros tribales, estatales o del "
                        "condado suelen calificar para la PSLF. Después de 120 pagos mensuales que "
                        "califican en préstamos federales Direct, con un plan que califica y "
                        "trabajando a tiempo completo, se condona el saldo restante, y en 2026 esa "
                        "condonación está libre de impuestos federales. Una residencia PGY1 o PGY2 "
                        "en un hospital que califica también cuenta, y es cuando los pagos basados "
                        "en los ingresos son más bajos.</p>"
                    ),
                ),
                (
                    "heading",
                    {"text": "Farmacias minoristas, especializadas y la industria", "level": "h3"},
                ),
                (
                    "paragraph",
                    (
                        "<p>La mayoría de las cadenas de farmacias, farmacias especializadas, "
                        "compañías farmacéuticas y muchas agencias de personal tienen fines de "
                        "lucro, así que el trabajo allí no cuenta para la PSLF. En estos puestos, "
                        "compare:</p><ul><li><b>Beneficios del empleador para pagar préstamos.</b> "
                        "Según la Sección 127 del código tributario, un empleador puede pagar "
                        "hasta $5,250 al año de sus préstamos sin que usted pague impuestos por "
                        "ello. Una ley de 2025 hizo permanente este beneficio, con el límite "
                        "ajustado por inflación después de 2026. Pregunte si existe el beneficio y "
                        "si tendría que devolverlo al irse.</li><li><b>Un plan de pago "
                        "acelerado.</b> Una vez que tenga un fondo de emergencia y reciba el "
                        "aporte del empleador a su jubilación, los pagos adicionales al préstamo "
                        "con la tasa más alta reducen el total de "
                        "intereses.</li><li><b>Refinanciar</b>, solo si está seguro de que nunca "
                        "necesitará la PSLF ni las protecciones de los planes basados en los "
                        "ingresos. Refinanciar préstamos federales con un préstamo privado es "
                        "permanente.</li></ul>"
                    ),
                ),
                ("heading", {"text": "Programas de pago a cambio de servicio", "level": "h3"}),
                (
                    "paragraph",
                    (
                        "<p>Algunos programas pagan préstamos a cambio de servicio. El programa de "
                        "pago de préstamos del National Health Service Corps para profesionales "
                        "que tratan trastornos por consumo de sustancias ha incluido a "
                        "farmacéuticos, el Indian Health Service tiene su propio programa de pago "
                        "de préstamos y varios estados ofrecen programas para farmacéuticos en "
                        "zonas desatendidas. La elegibilidad, los montos y las fechas cambian; "
                        "consulte el sitio oficial de cada programa.</p>"
                    ),
                ),
                ("heading", {"text": "Si todavía estudia", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Desde el 1 de julio de 2026, los préstamos Grad PLUS terminan para "
                        "nuevos prestatarios y se aplican nuevos límites a los préstamos Direct "
                        "Unsubsidized. Según las definiciones preliminares del Departamento de "
                        "Educación, el PharmD se considera un título profesional, con un límite "
                        "general de $50,000 al año y $200,000 en total. Quienes ya estaban "
                        "inscritos antes de esa fecha podrían conservar por un tiempo limitado "
                        "parte del acceso a las reglas anteriores. Pregunte a su oficina de ayuda "
                        "financiera cómo se aplican los límites a su promoción y pida prestado "
                        "solo lo que necesite.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Preguntas antes de aceptar un empleo como farmacéutico",
                        "items": [
                            {
                                "question": (
                                    "¿Este empleador es una agencia de gobierno o una organización "
                                    "sin fines de lucro 501(c)(3)?"
                                ),
                                "answer": (
                                    "<p>Pida el nombre legal y el EIN del empleador, y "
                                    "verifíquelos en la PSLF Help Tool. Un hospital sin fines de "
                                    "lucro puede contratar sus servicios de farmacia con una "
                                    "empresa con fines de lucro; si esa empresa le paga, es el "
                                    "empleador que cuenta.</p>"
                                ),
                            },
                            {
                                "question": "¿Trabajaré al menos 30 horas a la semana?",
                                "answer": (
                                    "<p>La PSLF exige trabajo a tiempo completo, es decir, al "
                                    "menos 30 horas semanales en promedio. Los puestos a tiempo "
                                    "parcial o por turnos (per diem) pueden no alcanzar ese "
                                    "mínimo, salvo que sume horas de más de un empleador que "
                                    "califica.</p>"
                                ),
                            },
                            {
                                "question": "¿Hay un beneficio para pagar préstamos estudiantiles?",
                                "answer": (
                                    "<p>Pregunte por el monto anual, si tendría que devolverlo al "
                                    "irse y si el dinero se paga directamente a su "
                                    "administrador.</p>"
                                ),
                            },
                            {
                                "question": "¿Cuál es el aporte del empleador a la jubilación?",
                                "answer": (
                                    "<p>El aporte del empleador es parte de su remuneración. No "
                                    "renuncie a él para pagar sus préstamos más rápido, salvo que "
                                    "tenga una razón clara.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Esta guía es educación general, no asesoramiento financiero "
                        "individual. Las reglas de los programas cambian; confírmelas en "
                        "studentaid.gov, con su administrador y en la fuente oficial de cada "
                        "programa.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "retirement-savings-planner",
        "type": "toolkit",
        "topic": "retirement-planning",
        "specialties": [],
        "stages": ["resident", "early_career"],
        "minutes": 15,
        "reviewed_days_ago": 30,
        "featured": False,
        "documents": [
            {
                "filename": "retirement-savings-planner-2026.csv",
                "text": (
                    "Order / Orden,Account / Cuenta,Tax treatment / Tratamiento fiscal,2026 limit "
                    "(confirm at irs.gov) / Límite 2026 (confirme en irs.gov),Employer match rule "
                    "/ Regla del aporte del empleador,Planned % of pay / % del sueldo previsto,Per "
                    "paycheck / Por cheque de pago,Planned for the year / Previsto para el "
                    "año,Contributed so far / Aportado hasta ahora,Notes / Notas\n"
                    "1,Starter emergency fund / Fondo de emergencia inicial,Not a retirement "
                    "account / No es una cuenta de jubilación,Goal: 1 to 3 months of expenses / "
                    "Meta: 1 a 3 meses de gastos,,,,,,High-yield savings account / Cuenta de "
                    "ahorro de alto rendimiento\n"
                    "2,403(b) or 401(k) up to the full match / hasta el aporte completo del "
                    "empleador,Pre-tax or Roth / Antes de impuestos o Roth,$24500 employee limit / "
                    "límite del empleado,EXAMPLE / EJEMPLO: 100% of the first 4% of pay / 100% del "
                    "primer 4% del sueldo,4%,,,,Check the vesting date / Verifique la fecha de "
                    "adquisición de derechos\n"
                    "3,High-interest debt / Deudas de alto interés,Not a retirement account / No "
                    "es una cuenta de jubilación,,,,,,,Credit cards and private loans / Tarjetas "
                    "de crédito y préstamos privados\n"
                    "4,Roth IRA,After tax / Después de impuestos,$7500 ($8600 age 50+ / desde los "
                    "50 años),,,,,,Direct contributions phase out at $153000-$168000 single / Los "
                    "aportes directos se reducen entre $153000 y $168000 (soltero)\n"
                    "5,403(b) or 401(k) above the match / por encima del aporte del "
                    "empleador,Pre-tax or Roth / Antes de impuestos o Roth,Same $24500 limit as "
                    "step 2 / Mismo límite de $24500 del paso 2,,,,,,Raise 1-2 points after each "
                    "raise / Suba 1 o 2 puntos con cada aumento\n"
                    "6,457(b),Pre-tax or Roth / Antes de impuestos o Roth,$24500 separate limit / "
                    "límite aparte,,,,,,Governmental and nonprofit plans differ / Los planes "
                    "públicos y los sin fines de lucro son distintos\n"
                    "7,HSA / Cuenta de ahorro para la salud,Pre-tax / Antes de impuestos,$4400 "
                    "self-only / individual; $8750 family / familiar,,,,,,Only with an eligible "
                    "high-deductible health plan / Solo con un plan de salud de deducible alto que "
                    "califique\n"
                    "8,Taxable brokerage account / Cuenta de inversión sujeta a impuestos,Taxed "
                    "each year / Sujeta a impuestos cada año,No limit / Sin límite,,,,,,After "
                    "steps 1-7 / Después de los pasos 1 a 7\n"
                    "Catch-up 50+ / Aporte adicional desde los 50,403(b) / 401(k) / 457(b),,$8000 "
                    "more / adicionales,,,,,,Roth only if prior-year wages over $150000 / Solo "
                    "Roth si el sueldo del año anterior superó $150000\n"
                    "Catch-up ages 60-63 / Aporte adicional de 60 a 63 años,403(b) / 401(k) / "
                    "457(b),,$11250 more / adicionales,,,,,,Confirm your plan offers it / Confirme "
                    "que su plan lo ofrece\n"
                    "Other / Otra,,,,,,,,,\n"
                    "Other / Otra,,,,,,,,,\n"
                    "Other / Otra,,,,,,,,,\n"
                    "TOTAL,,,,,,,,,\n"
                    "Check-in 1 date / Fecha de revisión 1,,,,,,,,,After your next raise / Después "
                    "de su próximo aumento\n"
                    "Check-in 2 date / Fecha de revisión 2,,,,,,,,,Six months later / Seis meses "
                    "después\n"
                    "Employer match received this year / Aporte del empleador recibido este "
                    "año,,,,,,,,,\n"
                    "Total saved for retirement this year / Total ahorrado para la jubilación este "
                    "año,,,,,,,,,\n"
                    "Savings rate (total saved / gross pay) / Tasa de ahorro (total ahorrado / "
                    "sueldo bruto),,,,,,,,,Many planners suggest 15% or more over time / Muchos "
                    "planificadores sugieren 15% o más con el tiempo\n"
                ),
                "en": {"title": "2026 retirement savings planner (CSV)"},
                "es": {"title": "Planificador de ahorro para la jubilación 2026 (CSV)"},
            },
        ],
        "links": [
            {
                "url": "https://www.irs.gov/retirement-plans",
                "en": {
                    "title": "IRS: Retirement plans",
                    "description": (
                        "Current contribution limits, catch-up rules and plain-language pages on "
                        "403(b), 401(k), 457(b) and IRA accounts."
                    ),
                },
                "es": {
                    "title": "IRS: Retirement plans",
                    "description": (
                        "Límites de aportes vigentes, reglas de aportes adicionales y páginas "
                        "sencillas sobre cuentas 403(b), 401(k), 457(b) e IRA (en inglés)."
                    ),
                },
            },
        ],
        "related": [
            "course:retirement-saving-in-training",
            "roth-or-traditional-podcast",
            "retirement-account-annual-checkup",
        ],
        "en": {
            "title": "2026 retirement savings planner",
            "introduction": (
                "A worksheet with the 2026 IRS contribution limits and a simple order for deciding "
                "where each saved dollar goes, from the employer match to an IRA and beyond."
            ),
            "body": [
                ("heading", {"text": "Start with an order, not a number", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Residents and early-career clinicians are often told to “max out” "
                        "accounts they have barely heard of. It is more useful to decide the order "
                        "in which you fill them. A common general order, which you can adapt to "
                        "your situation:</p><ol><li>Build a starter emergency "
                        "fund.</li><li>Contribute enough to your workplace plan to get the full "
                        "employer match.</li><li>Pay down high-interest credit card or private "
                        "debt.</li><li>Fund an IRA, often a Roth IRA while your income is "
                        "lower.</li><li>Raise workplace contributions toward the annual limit, "
                        "then consider a 457(b) or a health savings account (HSA) if you have "
                        "one.</li></ol>"
                    ),
                ),
                ("heading", {"text": "The 2026 limits in the planner", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The IRS updates limits every year. For 2026 (IRS, November "
                        "2025):</p><ul><li><b>403(b), 401(k) and governmental 457(b):</b> $24,500 "
                        "in employee contributions. A 457(b) has its own separate "
                        "limit.</li><li><b>Catch-up contributions:</b> $8,000 more from age 50, or "
                        "$11,250 more at ages 60 to 63. If your prior-year wages from that "
                        "employer were over $150,000, catch-up contributions must be made as "
                        "Roth.</li><li><b>IRA</b> (traditional and Roth combined): $7,500, or "
                        "$8,600 from age 50.</li><li><b>Roth IRA income limits:</b> direct "
                        "contributions phase out between $153,000 and $168,000 of modified "
                        "adjusted gross income for single filers, and between $242,000 and "
                        "$252,000 for married couples filing jointly.</li><li><b>HSA</b>, with an "
                        "eligible high-deductible health plan: $4,400 for self-only coverage and "
                        "$8,750 for family coverage.</li></ul><p>Confirm current figures at "
                        "irs.gov before you set your contributions.</p>"
                    ),
                ),
                ("heading", {"text": "How to use the worksheet", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Fill in one row per account with your planned percentage of pay, the "
                        "amount per paycheck and your employer’s match rule. Add up the total at "
                        "the bottom and divide by your gross pay to see your savings rate. Then "
                        "check in twice a year: after each raise, increase your contribution by "
                        "one or two percentage points before you get used to the larger "
                        "paycheck.</p><p>This planner is general education, not individual "
                        "investment or tax advice.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Planificador de ahorro para la jubilación 2026",
            "introduction": (
                "Una hoja de trabajo con los límites de aportes del IRS para 2026 y un orden "
                "sencillo para decidir adónde va cada dólar que ahorra, desde el aporte del "
                "empleador hasta una IRA y más allá."
            ),
            "body": [
                ("heading", {"text": "Empiece por un orden, no por una cifra", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>A los residentes y profesionales clínicos al inicio de su carrera se "
                        "les suele decir que aporten el máximo a cuentas que apenas conocen. Es "
                        "más útil decidir en qué orden llenarlas. Un orden general habitual, que "
                        "usted puede adaptar a su situación:</p><ol><li>Forme un fondo de "
                        "emergencia inicial.</li><li>Aporte a su plan del trabajo lo suficiente "
                        "para recibir el aporte completo del empleador.</li><li>Pague las deudas "
                        "de alto interés, como tarjetas de crédito o préstamos "
                        "privados.</li><li>Aporte a una IRA, a menudo una Roth IRA mientras sus "
                        "ingresos son más bajos.</li><li>Aumente sus aportes al plan del trabajo "
                        "hacia el límite anual y luego considere un 457(b) o una cuenta de ahorro "
                        "para la salud (HSA), si la tiene.</li></ol>"
                    ),
                ),
                ("heading", {"text": "Los límites de 2026 en el planificador", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>El IRS actualiza los límites cada año. Para 2026 (IRS, noviembre de "
                        "2025):</p><ul><li><b>403(b), 401(k) y 457(b) gubernamental:</b> $24,500 "
                        "en aportes del empleado. Un 457(b) tiene su propio límite "
                        "aparte.</li><li><b>Aportes adicionales (catch-up):</b> $8,000 más desde "
                        "los 50 años, o $11,250 más entre los 60 y los 63. Si su sueldo del año "
                        "anterior con ese empleador superó los $150,000, los aportes adicionales "
                        "deben hacerse como Roth.</li><li><b>IRA</b> (tradicional y Roth en "
                        "conjunto): $7,500, o $8,600 desde los 50 años.</li><li><b>Límites de "
                        "ingresos de la Roth IRA:</b> los aportes directos se reducen gradualmente "
                        "entre $153,000 y $168,000 de ingreso bruto ajustado modificado para "
                        "personas solteras, y entre $242,000 y $252,000 para parejas casadas que "
                        "declaran en conjunto.</li><li><b>HSA</b>, con un plan de salud de "
                        "deducible alto que califique: $4,400 para cobertura individual y $8,750 "
                        "para cobertura familiar.</li></ul><p>Confirme las cifras vigentes en "
                        "irs.gov antes de fijar sus aportes.</p>"
                    ),
                ),
                ("heading", {"text": "Cómo usar la hoja de trabajo", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Complete una fila por cuenta con el porcentaje del sueldo previsto, el "
                        "monto por cheque de pago y la regla del aporte de su empleador. Sume el "
                        "total al final y divídalo entre su sueldo bruto para ver su tasa de "
                        "ahorro. Luego revise dos veces al año: con cada aumento de sueldo, suba "
                        "su aporte uno o dos puntos porcentuales antes de acostumbrarse al cheque "
                        "más grande.</p><p>Este planificador es educación general, no "
                        "asesoramiento individual de inversión ni de impuestos.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "retirement-account-annual-checkup",
        "type": "template",
        "topic": "retirement-planning",
        "specialties": [],
        "stages": ["early_career", "mid_late_career"],
        "minutes": 12,
        "reviewed_days_ago": 150,
        "featured": False,
        "documents": [
            {
                "filename": "retirement-account-annual-checkup.txt",
                "text": (
                    "ANNUAL RETIREMENT ACCOUNT CHECK-UP\n"
                    "Review date: ____________   Next review: ____________\n"
                    "General education, not financial advice. Confirm limits at irs.gov.\n"
                    "\n"
                    "[ ] 1. CONTRIBUTIONS\n"
                    "    Rate: ____% of pay (pre-tax ____% / Roth ____%)\n"
                    "    Match rule: ______________   Getting the full match?  Yes / No\n"
                    "    Raised my rate after my last raise?  Yes / No\n"
                    "[ ] 2. LIMITS FOR THIS YEAR (irs.gov)\n"
                    "    403(b)/401(k) ______  457(b) ______  IRA ______  HSA ______\n"
                    "[ ] 3. BENEFICIARIES (every account and life insurance)\n"
                    "    Account / primary / contingent / date updated: ______________\n"
                    "[ ] 4. OLD ACCOUNTS FROM PAST EMPLOYERS\n"
                    "    Plan: ____________  Balance: ______  Fees: ______\n"
                    "    Keep / roll to current plan / roll to IRA (direct rollover only)\n"
                    "[ ] 5. INVESTMENTS AND FEES\n"
                    "    Funds and expense ratios: ____________________\n"
                    "    Stock / bond mix: ____ / ____   Right for my timeline?  Yes / No\n"
                    "[ ] 6. VESTING: employer money fully mine on ____________\n"
                    "[ ] 7. ROTH IRA: contributed this year? ______  Income near limit?  Yes / No\n"
                    "[ ] 8. EMERGENCY FUND: months of expenses saved ______\n"
                    "[ ] 9. SOCIAL SECURITY: checked every year of earnings at ssa.gov?  Yes / No\n"
                    "[ ] 10. THREE ACTIONS FOR THIS YEAR\n"
                    "    1. ______________________________\n"
                    "    2. ______________________________\n"
                    "    3. ______________________________\n"
                    "\n"
                    "ESPAÑOL\n"
                    "REVISIÓN ANUAL DE SUS CUENTAS DE JUBILACIÓN\n"
                    "Fecha de revisión: ____________   Próxima revisión: ____________\n"
                    "Educación general, no asesoramiento financiero. Confirme los límites en "
                    "irs.gov.\n"
                    "\n"
                    "[ ] 1. APORTES\n"
                    "    Tasa: ____% del sueldo (antes de impuestos ____% / Roth ____%)\n"
                    "    Regla del aporte del empleador: ______________   ¿Recibe el aporte "
                    "completo?  Sí / No\n"
                    "    ¿Subió su tasa después de su último aumento?  Sí / No\n"
                    "[ ] 2. LÍMITES DE ESTE AÑO (irs.gov)\n"
                    "    403(b)/401(k) ______  457(b) ______  IRA ______  HSA ______\n"
                    "[ ] 3. BENEFICIARIOS (cada cuenta y el seguro de vida)\n"
                    "    Cuenta / principal / contingente / fecha de actualización: "
                    "______________\n"
                    "[ ] 4. CUENTAS ANTIGUAS DE EMPLEADORES ANTERIORES\n"
                    "    Plan: ____________  Saldo: ______  Comisiones: ______\n"
                    "    Mantener / transferir al plan actual / transferir a una IRA (solo "
                    "transferencia directa)\n"
                    "[ ] 5. INVERSIONES Y COMISIONES\n"
                    "    Fondos y gastos anuales (expense ratio): ____________________\n"
                    "    Acciones / bonos: ____ / ____   ¿Adecuado para mi horizonte?  Sí / No\n"
                    "[ ] 6. ADQUISICIÓN DE DERECHOS (VESTING): el dinero del empleador es mío "
                    "desde ____________\n"
                    "[ ] 7. ROTH IRA: ¿aportó este año? ______  ¿Ingresos cerca del límite?  Sí / "
                    "No\n"
                    "[ ] 8. FONDO DE EMERGENCIA: meses de gastos ahorrados ______\n"
                    "[ ] 9. SEGURO SOCIAL: ¿revisó cada año de ingresos en ssa.gov?  Sí / No\n"
                    "[ ] 10. TRES ACCIONES PARA ESTE AÑO\n"
                    "    1. ______________________________\n"
                    "    2. ______________________________\n"
                    "    3. ______________________________\n"
                ),
                "en": {"title": "Annual retirement account check-up checklist (TXT)"},
                "es": {"title": "Lista de revisión anual de cuentas de jubilación (TXT)"},
            },
        ],
        "links": [
            {
                "url": "https://www.investor.gov/",
                "en": {
                    "title": "Investor.gov (SEC)",
                    "description": (
                        "The Securities and Exchange Commission’s site for investors: how fees add "
                        "up over time, and how to check an adviser’s background."
                    ),
                },
                "es": {
                    "title": "Investor.gov (SEC)",
                    "description": (
                        "El sitio de la Comisión de Bolsa y Valores para inversionistas: cómo se "
                        "acumulan las comisiones con el tiempo y cómo verificar los antecedentes "
                        "de un asesor."
                    ),
                },
            },
        ],
        "related": ["retirement-savings-planner", "my-social-security-account"],
        "en": {
            "title": "Annual retirement account check-up",
            "introduction": (
                "A once-a-year checklist to review contributions, beneficiaries, fees, old "
                "accounts and your Social Security record in about an hour."
            ),
            "body": [
                ("heading", {"text": "Why a yearly check-up", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Retirement accounts are easy to open and easy to forget. Over a career "
                        "with several employers, small problems add up: a beneficiary form that "
                        "still names a former partner, a 403(b) left behind at a training "
                        "hospital, a contribution rate that never went up after residency, or fees "
                        "nobody noticed. A short yearly review catches most of them.</p><p>The "
                        "checklist below, in plain text with English and Spanish sections, walks "
                        "through ten items. Pick a date you will remember, such as your birthday "
                        "or the week after you file taxes, and block an hour.</p>"
                    ),
                ),
                ("heading", {"text": "What the checklist covers", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li><b>Contributions:</b> your rate, your employer match and this "
                        "year’s IRS limits.</li><li><b>Beneficiaries:</b> every account, including "
                        "life insurance.</li><li><b>Old accounts:</b> plans from past employers "
                        "and whether to combine them.</li><li><b>Investments and fees:</b> what "
                        "you own, what it costs, and your mix of stocks and "
                        "bonds.</li><li><b>Vesting:</b> the date employer money becomes fully "
                        "yours.</li><li><b>Social Security:</b> your earnings record at "
                        "ssa.gov.</li></ul>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Tips for the check-up",
                        "items": [
                            {
                                "question": "Where do I find my fees?",
                                "answer": (
                                    "<p>Look for your plan’s annual fee disclosure and each fund’s "
                                    "expense ratio. Investor.gov explains how even small "
                                    "percentages compound over decades.</p>"
                                ),
                            },
                            {
                                "question": (
                                    "Should I move an old 403(b) to my new plan or to an IRA?"
                                ),
                                "answer": (
                                    "<p>It depends on investment choices, fees and your plans for "
                                    "Roth contributions: pre-tax money in an IRA can complicate a "
                                    "later “backdoor” Roth IRA contribution. Compare before you "
                                    "move money, and ask for a direct rollover so no tax is "
                                    "withheld.</p>"
                                ),
                            },
                            {
                                "question": "Who could review this with me?",
                                "answer": (
                                    "<p>A fee-only planner, paid by you rather than by "
                                    "commissions, can be a useful second set of eyes. Ask any "
                                    "adviser whether they act as a fiduciary at all times, and "
                                    "check their background on Investor.gov.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>This checklist is general education, not individual financial advice. "
                        "Confirm limits and rules with the official source.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Revisión anual de sus cuentas de jubilación",
            "introduction": (
                "Una lista para revisar una vez al año sus aportes, beneficiarios, comisiones, "
                "cuentas antiguas y su historial del Seguro Social en más o menos una hora."
            ),
            "body": [
                ("heading", {"text": "Por qué revisar cada año", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Las cuentas de jubilación son fáciles de abrir y fáciles de olvidar. A "
                        "lo largo de una carrera con varios empleadores, los pequeños problemas se "
                        "acumulan: un formulario de beneficiarios que todavía nombra a una "
                        "expareja, un 403(b) olvidado en el hospital donde hizo la formación, una "
                        "tasa de aporte que nunca subió después de la residencia o comisiones que "
                        "nadie notó. Una revisión breve cada año detecta la mayoría.</p><p>La "
                        "lista que aparece abajo, en texto simple con secciones en inglés y en "
                        "español, recorre diez puntos. Elija una fecha que recuerde, como su "
                        "cumpleaños o la semana después de presentar sus impuestos, y reserve una "
                        "hora.</p>"
                    ),
                ),
                ("heading", {"text": "Qué abarca la lista", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li><b>Aportes:</b> su tasa, el aporte de su empleador y los límites "
                        "del IRS de este año.</li><li><b>Beneficiarios:</b> cada cuenta, incluido "
                        "el seguro de vida.</li><li><b>Cuentas antiguas:</b> planes de empleadores "
                        "anteriores y si conviene unificarlos.</li><li><b>Inversiones y "
                        "comisiones:</b> qué tiene, cuánto le cuesta y su combinación de acciones "
                        "y bonos.</li><li><b>Adquisición de derechos (vesting):</b> la fecha en "
                        "que el dinero del empleador pasa a ser totalmente suyo.</li><li><b>Seguro "
                        "Social:</b> su historial de ingresos en ssa.gov.</li></ul>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Consejos para la revisión",
                        "items": [
                            {
                                "question": "¿Dónde encuentro mis comisiones?",
                                "answer": (
                                    "<p>Busque la divulgación anual de comisiones de su plan y el "
                                    "gasto anual (expense ratio) de cada fondo. Investor.gov "
                                    "explica cómo incluso porcentajes pequeños se acumulan a lo "
                                    "largo de décadas.</p>"
                                ),
                            },
                            {
                                "question": (
                                    "¿Debo pasar un 403(b) antiguo a mi nuevo plan o a una IRA?"
                                ),
                                "answer": (
                                    "<p>Depende de las opciones de inversión, las comisiones y sus "
                                    "planes de aportes Roth: tener dinero antes de impuestos en "
                                    "una IRA puede complicar un futuro aporte “backdoor” a una "
                                    "Roth IRA. Compare antes de mover el dinero y pida una "
                                    "transferencia directa (direct rollover) para que no le "
                                    "retengan impuestos.</p>"
                                ),
                            },
                            {
                                "question": "¿Con quién podría revisar esto?",
                                "answer": (
                                    "<p>Un planificador que cobra solo honorarios, pagado por "
                                    "usted y no por comisiones, puede darle una segunda mirada "
                                    "útil. Pregunte a cualquier asesor si actúa siempre como "
                                    "fiduciario y verifique sus antecedentes en Investor.gov.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Esta lista es educación general, no asesoramiento financiero "
                        "individual. Confirme los límites y las reglas con la fuente oficial.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "roth-or-traditional-podcast",
        "type": "podcast",
        "topic": "retirement-planning",
        "specialties": [],
        "stages": ["resident", "early_career"],
        "minutes": 38,
        "reviewed_days_ago": 95,
        "featured": False,
        "documents": [],
        "links": [
            {
                "url": "https://media.hub.example.org/podcasts/roth-or-traditional-in-residency",
                "en": {
                    "title": "Listen to the episode",
                    "description": (
                        "Full 38-minute episode, with a downloadable audio file and an English "
                        "transcript."
                    ),
                },
                "es": {
                    "title": "Escuche el episodio",
                    "description": (
                        "Episodio completo de 38 minutos, con archivo de audio descargable y "
                        "transcripción en inglés."
                    ),
                },
            },
        ],
        "related": ["course:retirement-saving-in-training", "retirement-savings-planner"],
        "en": {
            "title": "Podcast: Roth or traditional during residency?",
            "introduction": (
                "Dr. Tomás Quintero and a second-year resident talk through whether to save before "
                "or after taxes while income is low, with the limits for 2026."
            ),
            "body": [
                ("heading", {"text": "In this episode", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>This episode of the Hub’s <i>Money in Training</i> podcast was "
                        "recorded live at a member session. Dr. Tomás Quintero, PharmD, CFP, talks "
                        "with Dr. Andrés Villalobos, a second-year emergency medicine resident who "
                        "has just been offered a Roth option in his hospital’s 403(b) and is not "
                        "sure whether to use it. Their conversation is a good example of how to "
                        "think the question through, not a recommendation for your own "
                        "situation.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Episode highlights",
                        "items": [
                            {
                                "question": "Why residency can be a good time for Roth",
                                "answer": (
                                    "<p>Roth contributions go in after tax, and qualified "
                                    "withdrawals in retirement are tax-free. When your income and "
                                    "tax bracket are lower, as in training, paying the tax now is "
                                    "often a good trade. At an attending salary, pre-tax "
                                    "contributions often become more attractive.</p>"
                                ),
                            },
                            {
                                "question": "What about the employer match?",
                                "answer": (
                                    "<p>Matches have traditionally gone in pre-tax. A 2022 federal "
                                    "law allows employers to offer Roth matching contributions, "
                                    "but many plans do not yet. Either way, contribute enough to "
                                    "get the full match.</p>"
                                ),
                            },
                            {
                                "question": "Roth IRA or Roth 403(b)?",
                                "answer": (
                                    "<p>A Roth IRA has a lower limit ($7,500 in 2026) but usually "
                                    "more investment choices. A Roth 403(b), if your plan offers "
                                    "it, shares the $24,500 employee limit with pre-tax "
                                    "contributions. Dr. Quintero suggested comparing the fees of "
                                    "each before choosing where to start.</p>"
                                ),
                            },
                            {
                                "question": "What happens when income rises?",
                                "answer": (
                                    "<p>Direct Roth IRA contributions phase out at higher incomes; "
                                    "for 2026, between $153,000 and $168,000 for single filers. "
                                    "Many attendings then use a so-called backdoor Roth, which has "
                                    "tax-reporting traps such as the pro-rata rule. Get help the "
                                    "first time you do it.</p>"
                                ),
                            },
                            {
                                "question": "What Dr. Villalobos decided",
                                "answer": (
                                    "<p>He set his Roth 403(b) contribution to the 5% his hospital "
                                    "matches, opened a Roth IRA with $150 a month, and put a "
                                    "review on his calendar for the start of fellowship.</p>"
                                ),
                            },
                        ],
                    },
                ),
                ("heading", {"text": "Takeaways", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Lower income now often favors Roth; higher income later often "
                        "favors pre-tax.</li><li>Always get the full employer match, whatever its "
                        "tax treatment.</li><li>Start small and raise contributions with each "
                        "raise.</li></ul><p>This episode is general education, not individual tax "
                        "or investment advice; confirm limits at irs.gov.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Pódcast: ¿Roth o tradicional durante la residencia?",
            "introduction": (
                "El Dr. Tomás Quintero y un residente de segundo año analizan si conviene ahorrar "
                "antes o después de impuestos mientras los ingresos son bajos, con los límites de "
                "2026."
            ),
            "body": [
                ("heading", {"text": "En este episodio", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Este episodio del pódcast <i>Money in Training</i> del Hub se grabó en "
                        "vivo durante una sesión para miembros. El Dr. Tomás Quintero, PharmD, "
                        "CFP, conversa con el Dr. Andrés Villalobos, residente de segundo año de "
                        "medicina de urgencias, a quien su hospital acaba de ofrecer una opción "
                        "Roth en el 403(b) y no sabe si usarla. La conversación es un buen ejemplo "
                        "de cómo analizar la pregunta, no una recomendación para su situación.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Lo más destacado del episodio",
                        "items": [
                            {
                                "question": (
                                    "Por qué la residencia puede ser un buen momento para Roth"
                                ),
                                "answer": (
                                    "<p>Los aportes Roth se hacen después de impuestos, y los "
                                    "retiros calificados en la jubilación están libres de "
                                    "impuestos. Cuando sus ingresos y su tramo impositivo son más "
                                    "bajos, como durante la formación, pagar el impuesto ahora "
                                    "suele ser un buen intercambio. Con un sueldo de médico de "
                                    "planta, los aportes antes de impuestos suelen volverse más "
                                    "atractivos.</p>"
                                ),
                            },
                            {
                                "question": "¿Y el aporte del empleador?",
                                "answer": (
                                    "<p>Tradicionalmente, el aporte del empleador se hace antes de "
                                    "impuestos. Una ley federal de 2022 permite a los empleadores "
                                    "ofrecer aportes Roth, pero muchos planes todavía no lo hacen. "
                                    "En cualquier caso, aporte lo suficiente para recibir el "
                                    "aporte completo.</p>"
                                ),
                            },
                            {
                                "question": "¿Roth IRA o Roth 403(b)?",
                                "answer": (
                                    "<p>Una Roth IRA tiene un límite más bajo ($7,500 en 2026), "
                                    "pero suele ofrecer más opciones de inversión. Un Roth 403(b), "
                                    "si su plan lo ofrece, comparte el límite de $24,500 del "
                                    "empleado con los aportes antes de impuestos. El Dr. Quintero "
                                    "sugirió comparar las comisiones de cada uno antes de decidir "
                                    "por dónde empezar.</p>"
                                ),
                            },
                            {
                                "question": "¿Qué pasa cuando suben los ingresos?",
                                "answer": (
                                    "<p>Los aportes directos a una Roth IRA se reducen "
                                    "gradualmente con ingresos más altos; en 2026, entre $153,000 "
                                    "y $168,000 para personas solteras. Muchos médicos de planta "
                                    "usan entonces la llamada Roth “backdoor”, que tiene trampas "
                                    "en la declaración de impuestos, como la regla de prorrateo "
                                    "(pro-rata). Pida ayuda la primera vez que la haga.</p>"
                                ),
                            },
                            {
                                "question": "Lo que decidió el Dr. Villalobos",
                                "answer": (
                                    "<p>Fijó su aporte al Roth 403(b) en el 5% que su hospital "
                                    "iguala, abrió una Roth IRA con $150 al mes y anotó en su "
                                    "calendario una revisión para el inicio de su fellowship.</p>"
                                ),
                            },
                        ],
                    },
                ),
                ("heading", {"text": "Ideas clave", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Unos ingresos más bajos hoy suelen favorecer Roth; unos ingresos "
                        "más altos después suelen favorecer los aportes antes de "
                        "impuestos.</li><li>Reciba siempre el aporte completo del empleador, sea "
                        "cual sea su tratamiento fiscal.</li><li>Empiece con poco y suba sus "
                        "aportes con cada aumento.</li></ul><p>Este episodio es educación general, "
                        "no asesoramiento individual de impuestos ni de inversión; confirme los "
                        "límites en irs.gov.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "nurse-retirement-benefits-guide",
        "type": "guide",
        "topic": "retirement-planning",
        "specialties": ["nursing"],
        "stages": ["early_career", "mid_late_career"],
        "minutes": 9,
        "reviewed_days_ago": 210,
        "featured": False,
        "documents": [],
        "links": [
            {
                "url": "https://www.dol.gov/agencies/ebsa",
                "en": {
                    "title": "Employee Benefits Security Administration (U.S. Department of Labor)",
                    "description": (
                        "Explains your rights in private-sector workplace retirement plans, "
                        "including how to request plan documents and get help with a problem."
                    ),
                },
                "es": {
                    "title": (
                        "Employee Benefits Security Administration (Departamento de Trabajo de EE. "
                        "UU.)"
                    ),
                    "description": (
                        "Explica sus derechos en los planes de jubilación de empleadores privados, "
                        "incluido cómo pedir los documentos del plan y obtener ayuda ante un "
                        "problema."
                    ),
                },
            },
            {
                "url": "https://www.ssa.gov/myaccount/",
                "en": {
                    "title": "my Social Security",
                    "description": (
                        "Check your earnings record and see estimates of your future Social "
                        "Security retirement benefits."
                    ),
                },
                "es": {
                    "title": "my Social Security",
                    "description": (
                        "Revise su historial de ingresos y vea estimaciones de sus futuros "
                        "beneficios de jubilación del Seguro Social."
                    ),
                },
            },
        ],
        "related": ["retirement-account-annual-checkup", "my-social-security-account"],
        "en": {
            "title": "Retirement benefits for nurses: pensions, 403(b)s and 457(b)s explained",
            "introduction": (
                "How hospital and public-sector nurses can make sense of pensions, workplace "
                "savings plans, vesting and Social Security, including during per diem, agency and "
                "travel work."
            ),
            "body": [
                ("heading", {"text": "Know which plans you have", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Nurses often have more retirement benefits than they realize, spread "
                        "across different plans and employers. Start by finding the Summary Plan "
                        "Description for each plan; for most private-sector plans, your employer "
                        "must give you one under federal law. Then identify which of these you "
                        "have:</p><ul><li><b>A pension (defined benefit plan)</b>, common in "
                        "public, union and academic positions. It pays a monthly income in "
                        "retirement based on a formula, usually years of service times a "
                        "percentage of your highest average pay.</li><li><b>A 403(b) or "
                        "401(k)</b>, where you save from each paycheck. Nonprofit hospitals "
                        "usually offer a 403(b); for-profit systems offer a 401(k).</li><li><b>A "
                        "457(b)</b>, offered by many public and some nonprofit employers, with its "
                        "own separate contribution limit: $24,500 in 2026, the same as the "
                        "403(b).</li><li><b>The Federal Employees Retirement System</b>, if you "
                        "work for the Department of Veterans Affairs or another federal agency. It "
                        "combines a modest pension, Social Security and the Thrift Savings "
                        "Plan.</li></ul>"
                    ),
                ),
                ("heading", {"text": "Vesting: when the money becomes yours", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Your own contributions are always yours. Employer contributions and "
                        "pension credit may require you to stay a certain number of years. Under "
                        "federal rules for most private-sector plans, matching contributions must "
                        "vest fully within three years (all at once) or six years (gradually), and "
                        "pensions within five or seven years; public-sector plans set their own "
                        "rules. Before you change jobs, check your vesting date: leaving a few "
                        "months early can cost thousands of dollars.</p>"
                    ),
                ),
                ("heading", {"text": "Nonprofit 457(b) plans need a closer look", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>A 457(b) at a government employer works much like a 403(b). A 457(b) "
                        "at a nonprofit hospital is different: the money legally belongs to the "
                        "employer until it is paid out, it could be reached by the employer’s "
                        "creditors, and your choices when you leave may be limited. Many nurses "
                        "still use these plans, usually after funding the 403(b) and an IRA. Read "
                        "the distribution rules first.</p>"
                    ),
                ),
                ("heading", {"text": "Overtime, differentials and per diem work", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Check how your plan defines pay. Some plans include overtime and shift "
                        "differentials when calculating your match or pension; others count only "
                        "base pay. If you work per diem, for an agency or as a travel nurse, you "
                        "may not be eligible for the employer’s plan. An IRA is open to anyone "
                        "with earned income, and nurses paid as independent contractors on a Form "
                        "1099 can open a solo 401(k) or a SEP IRA.</p>"
                    ),
                ),
                ("heading", {"text": "Social Security", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Most nurses pay into Social Security, but some public employers do not "
                        "participate. In January 2025 the Social Security Fairness Act ended two "
                        "rules that had reduced benefits for many people who also receive a "
                        "pension from work not covered by Social Security. Check your earnings "
                        "record and benefit estimates every year through your my Social Security "
                        "account at ssa.gov.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "I left my first hospital job eleven months before my match vested. "
                            "Nobody told me, and I didn’t ask. Now I tell every new graduate "
                            "nurse: find your vesting date before you sign anything else."
                        ),
                        "attribution": "Dr. Leona Whitehorse, DNP, RN",
                        "role": "Nurse leader and Hub mentor",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>This guide is general education, not individual financial advice. Plan "
                        "rules vary; confirm yours in your plan documents and with the official "
                        "source.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Beneficios de jubilación para enfermería: pensiones, 403(b) y 457(b)",
            "introduction": (
                "Cómo pueden entender las enfermeras y los enfermeros de hospitales y del sector "
                "público las pensiones, los planes de ahorro del trabajo, la adquisición de "
                "derechos y el Seguro Social, también en trabajos por turnos, por agencia o "
                "itinerantes."
            ),
            "body": [
                ("heading", {"text": "Sepa qué planes tiene", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Muchas enfermeras y enfermeros tienen más beneficios de jubilación de "
                        "lo que creen, repartidos entre distintos planes y empleadores. Empiece "
                        "por buscar la Descripción Resumida del Plan (Summary Plan Description) de "
                        "cada plan; en la mayoría de los planes del sector privado, la ley federal "
                        "obliga a su empleador a entregársela. Luego identifique cuáles de estos "
                        "tiene:</p><ul><li><b>Una pensión (plan de beneficios definidos)</b>, "
                        "común en puestos públicos, sindicalizados y académicos. Paga un ingreso "
                        "mensual en la jubilación según una fórmula, por lo general los años de "
                        "servicio multiplicados por un porcentaje de su sueldo promedio más "
                        "alto.</li><li><b>Un 403(b) o un 401(k)</b>, en el que usted ahorra de "
                        "cada cheque de pago. Los hospitales sin fines de lucro suelen ofrecer un "
                        "403(b); los sistemas con fines de lucro, un 401(k).</li><li><b>Un "
                        "457(b)</b>, que ofrecen muchos empleadores públicos y algunos sin fines "
                        "de lucro, con su propio límite de aportes aparte: $24,500 en 2026, igual "
                        "que el 403(b).</li><li><b>El Federal Employees Retirement System (sistema "
                        "de jubilación de los empleados federales)</b>, si trabaja para el "
                        "Departamento de Asuntos de Veteranos u otra agencia federal. Combina una "
                        "pensión modesta, el Seguro Social y el Thrift Savings Plan.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Adquisición de derechos: cuándo el dinero pasa a ser suyo",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Sus propios aportes siempre son suyos. Los aportes del empleador y los "
                        "créditos de pensión pueden exigir que usted permanezca cierto número de "
                        "años. Según las reglas federales para la mayoría de los planes privados, "
                        "los aportes del empleador deben pasar a ser totalmente suyos en un máximo "
                        "de tres años (de una sola vez) o de seis años (en forma gradual), y las "
                        "pensiones en cinco o siete años; los planes del sector público fijan sus "
                        "propias reglas. Antes de cambiar de empleo, verifique su fecha de "
                        "adquisición de derechos (vesting): irse unos meses antes puede costarle "
                        "miles de dólares.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Los planes 457(b) sin fines de lucro merecen una mirada atenta",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Un 457(b) de un empleador público funciona de forma muy parecida a un "
                        "403(b). Un 457(b) de un hospital sin fines de lucro es distinto: "
                        "legalmente, el dinero pertenece al empleador hasta que se le paga a "
                        "usted, los acreedores del empleador podrían reclamarlo y sus opciones al "
                        "irse pueden ser limitadas. Muchas enfermeras y enfermeros igual usan "
                        "estos planes, por lo general después de aportar al 403(b) y a una IRA. "
                        "Lea primero las reglas de distribución.</p>"
                    ),
                ),
                (
                    "heading",
                    {"text": "Horas extra, diferenciales y trabajo por turnos", "level": "h2"},
                ),
                (
                    "paragraph",
                    (
                        "<p>Verifique cómo define su plan la remuneración. Algunos planes incluyen "
                        "las horas extra y los diferenciales por turno al calcular el aporte del "
                        "empleador o la pensión; otros cuentan solo el sueldo base. Si trabaja por "
                        "turnos (per diem), para una agencia o como enfermera o enfermero "
                        "itinerante, es posible que no sea elegible para el plan del empleador. "
                        "Cualquier persona con ingresos del trabajo puede abrir una IRA, y quienes "
                        "cobran como contratistas independientes con un Formulario 1099 pueden "
                        "abrir un solo 401(k) o una SEP IRA.</p>"
                    ),
                ),
                ("heading", {"text": "Seguro Social", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>La mayoría del personal de enfermería aporta al Seguro Social, pero "
                        "algunos empleadores públicos no participan. En enero de 2025, la Social "
                        "Security Fairness Act eliminó dos reglas que reducían los beneficios de "
                        "muchas personas que también reciben una pensión por un trabajo no "
                        "cubierto por el Seguro Social. Revise cada año su historial de ingresos y "
                        "sus estimaciones de beneficios en su cuenta my Social Security de "
                        "ssa.gov.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Dejé mi primer empleo en un hospital once meses antes de que el "
                            "aporte del empleador pasara a ser mío. Nadie me lo dijo y yo no "
                            "pregunté. Ahora le digo a cada enfermera y enfermero recién graduado: "
                            "averigüe su fecha de vesting antes de firmar cualquier otra cosa."
                        ),
                        "attribution": "Dra. Leona Whitehorse, DNP, RN",
                        "role": "Líder de enfermería y mentora del Hub",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Esta guía es educación general, no asesoramiento financiero "
                        "individual. Las reglas de cada plan varían; confirme las suyas en los "
                        "documentos de su plan y con la fuente oficial.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "my-social-security-account",
        "type": "link",
        "topic": "retirement-planning",
        "specialties": [],
        "stages": ["early_career", "mid_late_career"],
        "minutes": 4,
        "reviewed_days_ago": 540,
        "featured": False,
        "documents": [],
        "links": [
            {
                "url": "https://www.ssa.gov/myaccount/",
                "en": {
                    "title": "my Social Security",
                    "description": (
                        "The Social Security Administration’s free online account: earnings "
                        "history, benefit estimates and a way to report errors."
                    ),
                },
                "es": {
                    "title": "my Social Security",
                    "description": (
                        "La cuenta en línea gratuita de la Administración del Seguro Social: "
                        "historial de ingresos, estimaciones de beneficios y una forma de informar "
                        "errores."
                    ),
                },
            },
        ],
        "related": ["retirement-account-annual-checkup"],
        "en": {
            "title": "Check your Social Security record (my Social Security)",
            "introduction": (
                "The Social Security Administration’s free online account, where you can check "
                "your earnings history and see estimates of your future retirement benefits."
            ),
            "body": [
                ("heading", {"text": "Why it matters to clinicians", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Your Social Security retirement benefit is based on your highest 35 "
                        "years of earnings. Long training means many clinicians have several years "
                        "of low earnings, and job changes, moonlighting and self-employment make "
                        "mistakes in the record more likely. Errors are easiest to fix when they "
                        "are recent and you still have your W-2s or tax returns.</p>"
                    ),
                ),
                ("heading", {"text": "How to use it", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ol><li>Create or sign in to your my Social Security account at ssa.gov; "
                        "you will verify your identity through a secure sign-in "
                        "service.</li><li>Open your earnings record and compare each year with "
                        "your W-2s or tax returns, including any self-employment "
                        "income.</li><li>Review your benefit estimates at 62, at your full "
                        "retirement age (67 for anyone born in 1960 or later) and at "
                        "70.</li><li>If a year looks wrong, follow the instructions on ssa.gov to "
                        "ask for a correction.</li></ol><p>Rules and estimates change; confirm how "
                        "they apply to you with the Social Security Administration.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Revise su historial del Seguro Social (my Social Security)",
            "introduction": (
                "La cuenta en línea gratuita de la Administración del Seguro Social, donde puede "
                "revisar su historial de ingresos y ver estimaciones de sus futuros beneficios de "
                "jubilación."
            ),
            "body": [
                (
                    "heading",
                    {"text": "Por qué importa a los profesionales clínicos", "level": "h2"},
                ),
                (
                    "paragraph",
                    (
                        "<p>Su beneficio de jubilación del Seguro Social se calcula con sus 35 "
                        "años de ingresos más altos. La formación larga hace que muchos "
                        "profesionales clínicos tengan varios años de ingresos bajos, y los "
                        "cambios de empleo, el trabajo adicional y el trabajo por cuenta propia "
                        "aumentan la probabilidad de errores en el registro. Los errores son más "
                        "fáciles de corregir cuando son recientes y todavía tiene sus formularios "
                        "W-2 o sus declaraciones de impuestos.</p>"
                    ),
                ),
                ("heading", {"text": "Cómo usarla", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ol><li>Cree su cuenta my Social Security en ssa.gov o inicie sesión; "
                        "verificará su identidad mediante un servicio de acceso "
                        "seguro.</li><li>Abra su historial de ingresos y compare cada año con sus "
                        "W-2 o sus declaraciones, incluidos los ingresos por cuenta "
                        "propia.</li><li>Revise sus estimaciones de beneficios a los 62 años, a su "
                        "edad plena de jubilación (67 para quienes nacieron en 1960 o después) y a "
                        "los 70.</li><li>Si un año parece incorrecto, siga las instrucciones de "
                        "ssa.gov para pedir una corrección.</li></ol><p>Las reglas y las "
                        "estimaciones cambian; confirme cómo se aplican a usted con la "
                        "Administración del Seguro Social.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "contract-review-checklist",
        "type": "template",
        "topic": "business-of-doctoring",
        "specialties": [],
        "stages": ["resident", "early_career", "mid_late_career"],
        "minutes": 15,
        "reviewed_days_ago": 25,
        "featured": True,
        "documents": [
            {
                "filename": "contract-review-checklist.txt",
                "text": (
                    "EMPLOYMENT CONTRACT REVIEW CHECKLIST\n"
                    "Position: ____________  Legal employer: ____________  Received: ________\n"
                    "General education, not legal advice. Have a health care employment attorney "
                    "in your state review it.\n"
                    "\n"
                    "1. EMPLOYER AND START\n"
                    "[ ] Legal employer named; nonprofit, public or for-profit? (affects PSLF)\n"
                    "[ ] Start date tied to licensure, DEA and credentialing; who pays the fees\n"
                    "2. DUTIES AND SCHEDULE\n"
                    "[ ] Sites, clinical hours, call frequency and pay for extra call\n"
                    "[ ] Protected time (administrative, teaching, research) in writing\n"
                    "3. COMPENSATION\n"
                    "[ ] Base salary and how long it is guaranteed\n"
                    "[ ] Productivity formula: wRVU rate, threshold, fee-schedule year, monthly "
                    "reports\n"
                    "[ ] Bonuses: how measured, when paid\n"
                    "[ ] Signing bonus, relocation, loan repayment: what you repay if you leave\n"
                    "4. BENEFITS\n"
                    "[ ] Health, disability (own-occupation?), life insurance\n"
                    "[ ] Retirement plan, match and vesting schedule\n"
                    "[ ] Paid time off, CME days and allowance, parental leave\n"
                    "5. MALPRACTICE\n"
                    "[ ] Claims-made or occurrence; coverage limits\n"
                    "[ ] Who pays tail coverage, for every way the contract can end\n"
                    "6. TERM AND TERMINATION\n"
                    "[ ] Length, renewal, notice for termination without cause (each side)\n"
                    "[ ] Reasons for termination with cause; time to fix a problem\n"
                    "7. RESTRICTIVE COVENANTS\n"
                    "[ ] Noncompete: distance, duration, sites; enforceable in your state?\n"
                    "[ ] Non-solicitation of patients and staff\n"
                    "8. OTHER\n"
                    "[ ] Outside work and moonlighting; assignment if the practice is sold\n"
                    "MY QUESTIONS AND ASKS (in priority order):\n"
                    "1. ______________________________\n"
                    "2. ______________________________\n"
                    "3. ______________________________\n"
                    "\n"
                    "ESPAÑOL\n"
                    "LISTA PARA REVISAR UN CONTRATO DE EMPLEO\n"
                    "Puesto: ____________  Empleador legal: ____________  Recibido: ________\n"
                    "Educación general, no asesoramiento legal. Pida a un abogado laboral de salud "
                    "de su estado que lo revise.\n"
                    "\n"
                    "1. EMPLEADOR E INICIO\n"
                    "[ ] Empleador legal; ¿sin fines de lucro, público o con fines de lucro? "
                    "(afecta la PSLF)\n"
                    "[ ] Fecha de inicio ligada a licencia, DEA y acreditación; quién paga los "
                    "trámites\n"
                    "2. FUNCIONES Y HORARIO\n"
                    "[ ] Sedes, horas clínicas, frecuencia de guardias y pago de guardias "
                    "adicionales\n"
                    "[ ] Tiempo protegido (administración, docencia, investigación) por escrito\n"
                    "3. REMUNERACIÓN\n"
                    "[ ] Sueldo base y por cuánto tiempo está garantizado\n"
                    "[ ] Fórmula de productividad: tarifa por wRVU, umbral, año del arancel, "
                    "informes mensuales\n"
                    "[ ] Bonos: cómo se miden y cuándo se pagan\n"
                    "[ ] Bono de firma, mudanza, pago de préstamos: qué devuelve si se va\n"
                    "4. BENEFICIOS\n"
                    "[ ] Seguro de salud, de discapacidad (¿para su propia ocupación?) y de vida\n"
                    "[ ] Plan de jubilación, aporte del empleador y calendario de adquisición de "
                    "derechos\n"
                    "[ ] Vacaciones, días y fondos para educación médica continua, licencia "
                    "parental\n"
                    "5. SEGURO DE MALA PRAXIS\n"
                    "[ ] Por reclamación (claims-made) o por ocurrencia; límites de cobertura\n"
                    "[ ] Quién paga la cobertura posterior (tail) en cada forma de terminar el "
                    "contrato\n"
                    "6. DURACIÓN Y TERMINACIÓN\n"
                    "[ ] Duración, renovación, aviso para terminar sin causa (cada parte)\n"
                    "[ ] Motivos de terminación con causa; plazo para corregir un problema\n"
                    "7. CLÁUSULAS RESTRICTIVAS\n"
                    "[ ] No competencia: distancia, duración, sedes; ¿es aplicable en su estado?\n"
                    "[ ] No captación de pacientes ni de personal\n"
                    "8. OTROS\n"
                    "[ ] Trabajo externo y adicional; cesión si se vende la práctica\n"
                    "MIS PREGUNTAS Y PEDIDOS (por orden de prioridad):\n"
                    "1. ______________________________\n"
                    "2. ______________________________\n"
                    "3. ______________________________\n"
                ),
                "en": {"title": "Employment contract review checklist (TXT)"},
                "es": {"title": "Lista para revisar un contrato de empleo (TXT)"},
            },
        ],
        "links": [
            {
                "url": "https://www.ama-assn.org/",
                "en": {
                    "title": "American Medical Association",
                    "description": (
                        "Resources on physician employment, contracts and practice management, "
                        "useful background before you meet with an attorney."
                    ),
                },
                "es": {
                    "title": "American Medical Association",
                    "description": (
                        "Recursos sobre empleo médico, contratos y gestión de la práctica, útiles "
                        "como contexto antes de reunirse con un abogado (en inglés)."
                    ),
                },
            },
        ],
        "related": [
            "course:reading-a-physician-employment-contract",
            "course:negotiating-your-first-offer",
            "productivity-pay-and-rvus-podcast",
        ],
        "en": {
            "title": "Employment contract review checklist",
            "introduction": (
                "A clause-by-clause checklist for reading a clinical job offer, with the questions "
                "to ask before you sign and space for your notes."
            ),
            "body": [
                ("heading", {"text": "Read the whole contract, in order", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>An employment contract is a negotiated document, not a formality. This "
                        "checklist follows the order of most physician, dentist, pharmacist, "
                        "physician assistant and advanced practice nursing contracts, so you can "
                        "read alongside it and note questions as you go. It covers the employer, "
                        "duties, compensation, benefits, malpractice coverage, termination and "
                        "restrictive covenants.</p><p>Use it in three passes: first to understand, "
                        "second to list your questions, and third with an attorney who reviews "
                        "health care employment contracts in your state. A review usually costs "
                        "far less than one mistake.</p>"
                    ),
                ),
                ("heading", {"text": "The clauses people most often miss", "level": "h2"}),
                (
                    "accordion",
                    {
                        "heading": "Clauses to read twice",
                        "items": [
                            {
                                "question": "Termination without cause",
                                "answer": (
                                    "<p>Either side can often end the contract with notice, "
                                    "commonly 60 to 180 days. Check whether a signing bonus, "
                                    "relocation or loan repayment must be paid back if you leave "
                                    "or are let go, and whether the noncompete still applies if "
                                    "the employer ends the contract.</p>"
                                ),
                            },
                            {
                                "question": "Malpractice tail coverage",
                                "answer": (
                                    "<p>A claims-made policy covers claims only while the policy "
                                    "is active, so when you leave you may need “tail” coverage, "
                                    "which can be expensive. Find out which type of policy you "
                                    "have and who pays for the tail.</p>"
                                ),
                            },
                            {
                                "question": "Restrictive covenants",
                                "answer": (
                                    "<p>A noncompete may bar you from practicing within a set "
                                    "distance for a period after you leave. The Federal Trade "
                                    "Commission’s 2024 nationwide ban never took effect, so state "
                                    "law controls, and a growing number of states limit "
                                    "noncompetes for physicians or other clinicians. Ask a local "
                                    "attorney what is enforceable where you work.</p>"
                                ),
                            },
                            {
                                "question": "Productivity pay",
                                "answer": (
                                    "<p>If pay depends on work RVUs or collections, ask for the "
                                    "formula, the fee-schedule year used, how often you will get "
                                    "reports, and what protection you have while your panel "
                                    "grows.</p>"
                                ),
                            },
                            {
                                "question": "Who the employer really is",
                                "answer": (
                                    "<p>The legal entity that pays you decides your benefits and "
                                    "whether your work counts toward PSLF. A nonprofit hospital "
                                    "may employ clinicians through a separate for-profit group.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>This checklist is general education, not legal advice. Laws differ by "
                        "state; confirm what applies to you with a qualified attorney.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Lista para revisar un contrato de empleo",
            "introduction": (
                "Una lista cláusula por cláusula para leer una oferta de empleo clínico, con las "
                "preguntas que conviene hacer antes de firmar y espacio para sus notas."
            ),
            "body": [
                ("heading", {"text": "Lea todo el contrato, en orden", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Un contrato de empleo es un documento que se negocia, no un trámite. "
                        "Esta lista sigue el orden de la mayoría de los contratos de médicos, "
                        "dentistas, farmacéuticos, asociados médicos y enfermería de práctica "
                        "avanzada, para que pueda leerlo a la par y anotar sus preguntas. Abarca "
                        "el empleador, las funciones, la remuneración, los beneficios, el seguro "
                        "de mala praxis, la terminación y las cláusulas restrictivas.</p><p>Úsela "
                        "en tres pasadas: la primera para entender, la segunda para anotar sus "
                        "preguntas y la tercera con un abogado que revise contratos de empleo en "
                        "el sector salud de su estado. Una revisión suele costar mucho menos que "
                        "un error.</p>"
                    ),
                ),
                ("heading", {"text": "Las cláusulas que más se pasan por alto", "level": "h2"}),
                (
                    "accordion",
                    {
                        "heading": "Cláusulas que conviene leer dos veces",
                        "items": [
                            {
                                "question": "Terminación sin causa",
                                "answer": (
                                    "<p>Con frecuencia, cualquiera de las partes puede terminar el "
                                    "contrato con un aviso previo, por lo general de 60 a 180 "
                                    "días. Verifique si debe devolver un bono de firma, los gastos "
                                    "de mudanza o un pago de préstamos si se va o si lo despiden, "
                                    "y si la cláusula de no competencia sigue vigente cuando es el "
                                    "empleador quien termina el contrato.</p>"
                                ),
                            },
                            {
                                "question": "Cobertura posterior del seguro de mala praxis (tail)",
                                "answer": (
                                    "<p>Una póliza por reclamación (claims-made) cubre solo las "
                                    "reclamaciones presentadas mientras está vigente, así que al "
                                    "irse podría necesitar una cobertura posterior (tail), que "
                                    "puede ser costosa. Averigüe qué tipo de póliza tiene y quién "
                                    "paga esa cobertura.</p>"
                                ),
                            },
                            {
                                "question": "Cláusulas restrictivas",
                                "answer": (
                                    "<p>Una cláusula de no competencia puede impedirle ejercer "
                                    "dentro de cierta distancia durante un tiempo después de irse. "
                                    "La prohibición nacional de la Comisión Federal de Comercio "
                                    "(FTC) de 2024 nunca entró en vigor, así que rige la ley "
                                    "estatal, y cada vez más estados limitan estas cláusulas para "
                                    "médicos u otros profesionales clínicos. Pregunte a un abogado "
                                    "local qué es aplicable donde usted trabaja.</p>"
                                ),
                            },
                            {
                                "question": "Pago por productividad",
                                "answer": (
                                    "<p>Si su pago depende de las RVU de trabajo o de la "
                                    "facturación cobrada, pida la fórmula, el año del arancel que "
                                    "se usa, con qué frecuencia recibirá informes y qué protección "
                                    "tiene mientras crece su cartera de pacientes.</p>"
                                ),
                            },
                            {
                                "question": "Quién es realmente el empleador",
                                "answer": (
                                    "<p>La entidad legal que le paga define sus beneficios y si su "
                                    "trabajo cuenta para la PSLF. Un hospital sin fines de lucro "
                                    "puede contratar a profesionales clínicos mediante un grupo "
                                    "aparte con fines de lucro.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Esta lista es educación general, no asesoramiento legal. Las leyes "
                        "varían según el estado; confirme lo que se aplica a su caso con un "
                        "abogado calificado.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "dental-practice-ownership-first-steps",
        "type": "guide",
        "topic": "business-of-doctoring",
        "specialties": ["dentistry"],
        "stages": ["early_career", "mid_late_career"],
        "minutes": 8,
        "reviewed_days_ago": 180,
        "featured": False,
        "documents": [],
        "links": [
            {
                "url": "https://www.irs.gov/businesses/small-businesses-self-employed",
                "en": {
                    "title": "IRS Small Business and Self-Employed Tax Center",
                    "description": (
                        "Official guidance on business structures, employer identification "
                        "numbers, payroll taxes and recordkeeping for new owners."
                    ),
                },
                "es": {
                    "title": "IRS Small Business and Self-Employed Tax Center",
                    "description": (
                        "Orientación oficial sobre estructuras de negocio, números de "
                        "identificación del empleador, impuestos de nómina y registros para nuevos "
                        "dueños (en inglés)."
                    ),
                },
            },
        ],
        "related": ["contract-review-checklist", "moonlighting-estimated-tax-tracker"],
        "en": {
            "title": "Thinking about owning a dental practice: first steps",
            "introduction": (
                "An overview for associate dentists weighing ownership: the main paths, the "
                "numbers to understand, and the team to build before you sign a letter of intent."
            ),
            "body": [
                ("heading", {"text": "Four common paths to ownership", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li><b>Buy an existing practice.</b> You inherit patients, staff and "
                        "cash flow from day one, along with the previous owner’s systems and "
                        "reputation.</li><li><b>Associate-to-owner buy-in.</b> You join as an "
                        "associate with a plan to buy part or all of the practice over a set "
                        "period. Get the price formula, timeline and conditions in writing before "
                        "you start, not after.</li><li><b>Start from scratch.</b> A start-up gives "
                        "you full control of location, design and culture, but revenue builds "
                        "slowly and the first years carry the most risk.</li><li><b>Partner with a "
                        "dental support organization (DSO).</b> Some DSOs offer equity or "
                        "partnership tracks. Read the ownership and management agreements closely: "
                        "who controls scheduling, fees, staffing and clinical decisions?</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {"text": "Numbers to understand before you make an offer", "level": "h2"},
                ),
                (
                    "paragraph",
                    (
                        "<p>Practice prices are often quoted as a percentage of annual "
                        "collections, but what you are really buying is future cash flow. Ask for "
                        "at least three years of financial statements and tax returns, plus "
                        "production and collection reports. Look at:</p><ul><li><b>Collections "
                        "compared with production</b>, and how much comes from fee-for-service, "
                        "PPO and Medicaid patients.</li><li><b>Overhead:</b> staff, rent, supplies "
                        "and lab costs as a share of collections.</li><li><b>Active patients</b> "
                        "(seen in the last 18 to 24 months) and new patients each "
                        "month.</li><li><b>Hygiene production</b> and how many days a week "
                        "hygienists work.</li><li><b>The lease:</b> remaining term, renewal "
                        "options and whether it can be transferred to you.</li><li><b>Equipment "
                        "and technology:</b> age, condition and upcoming replacement "
                        "costs.</li></ul><p>Lenders that specialize in dental practices, and loans "
                        "backed by the U.S. Small Business Administration, commonly finance "
                        "acquisitions. Compare terms, and make sure the projected debt payments "
                        "still leave you a salary you can live on alongside your student loan "
                        "payments. If you are pursuing PSLF, remember that work as an owner or "
                        "employee of a private practice does not count toward it.</p>"
                    ),
                ),
                ("heading", {"text": "Build your team before you sign", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Before you sign a letter of intent, line up an attorney and an "
                        "accountant who work on dental practice transitions, and get an "
                        "independent valuation if the price is significant. A practice broker "
                        "usually represents the seller; you need advisers who represent you. Plan "
                        "for the administrative steps too: a business entity, tax registrations, "
                        "updated state dental board and DEA registrations for the location, an "
                        "organizational NPI, and credentialing with insurers, which can take "
                        "several months.</p>"
                    ),
                ),
                ("heading", {"text": "Ownership and community", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Owning a practice is one of the most direct ways a dentist shapes "
                        "access to care. Owners decide whether to accept Medicaid, what hours to "
                        "keep and whom to hire. For many BIPOC dentists, ownership is also a path "
                        "to building wealth and serving the communities they come from. If serving "
                        "Medicaid patients matters to you, model it honestly: reimbursement is "
                        "often lower, so plan the patient mix, scheduling and overhead that make "
                        "the mission sustainable.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "My mentor told me to read the lease before the financials. The "
                            "building was half the value of that practice, and the lease had two "
                            "years left. We renegotiated it before I signed anything else."
                        ),
                        "attribution": "Dr. Camila Ortega-Banks, DDS",
                        "role": "General dentist, practice owner and NMF alumna",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>This guide is general education, not individual legal, tax or "
                        "financial advice. Confirm requirements with your state dental board and "
                        "the official sources for your situation.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Si piensa en ser dueño de una práctica dental: primeros pasos",
            "introduction": (
                "Un panorama para dentistas asociados que evalúan ser dueños: los principales "
                "caminos, las cifras que hay que entender y el equipo que conviene reunir antes de "
                "firmar una carta de intención."
            ),
            "body": [
                ("heading", {"text": "Cuatro caminos habituales para ser dueño", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li><b>Comprar una práctica existente.</b> Desde el primer día recibe "
                        "pacientes, personal y flujo de caja, junto con los sistemas y la "
                        "reputación del dueño anterior.</li><li><b>Pasar de asociado a dueño "
                        "(buy-in).</b> Se incorpora como asociado con un plan para comprar parte o "
                        "la totalidad de la práctica en un plazo determinado. Obtenga por escrito "
                        "la fórmula del precio, el calendario y las condiciones antes de empezar, "
                        "no después.</li><li><b>Empezar desde cero.</b> Una práctica nueva le da "
                        "control total sobre la ubicación, el diseño y la cultura, pero los "
                        "ingresos crecen despacio y los primeros años son los de mayor "
                        "riesgo.</li><li><b>Asociarse con una organización de apoyo dental "
                        "(DSO).</b> Algunas DSO ofrecen participación en el capital o vías para "
                        "ser socio. Lea con atención los acuerdos de propiedad y de gestión: "
                        "¿quién controla la agenda, los honorarios, el personal y las decisiones "
                        "clínicas?</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {"text": "Cifras que debe entender antes de hacer una oferta", "level": "h2"},
                ),
                (
                    "paragraph",
                    (
                        "<p>El precio de una práctica suele expresarse como un porcentaje de lo "
                        "cobrado en un año, pero lo que realmente compra es el flujo de caja "
                        "futuro. Pida al menos tres años de estados financieros y declaraciones de "
                        "impuestos, además de informes de producción y cobranza. "
                        "Revise:</p><ul><li><b>Lo cobrado frente a lo producido</b>, y cuánto "
                        "proviene de pacientes que pagan por servicio, de planes PPO y de "
                        "Medicaid.</li><li><b>Gastos generales:</b> personal, alquiler, insumos y "
                        "laboratorio como proporción de lo cobrado.</li><li><b>Pacientes "
                        "activos</b> (atendidos en los últimos 18 a 24 meses) y pacientes nuevos "
                        "por mes.</li><li><b>Producción de higiene</b> y cuántos días a la semana "
                        "trabajan los higienistas.</li><li><b>El contrato de alquiler:</b> plazo "
                        "restante, opciones de renovación y si se le puede transferir a "
                        "usted.</li><li><b>Equipos y tecnología:</b> antigüedad, estado y costos "
                        "de reemplazo próximos.</li></ul><p>Las compras suelen financiarse con "
                        "prestamistas especializados en prácticas dentales y con préstamos "
                        "respaldados por la Administración de Pequeños Negocios de EE. UU. (SBA). "
                        "Compare las condiciones y asegúrese de que los pagos previstos de la "
                        "deuda le dejen un sueldo con el que pueda vivir, además de sus pagos de "
                        "préstamos estudiantiles. Si busca la PSLF, recuerde que trabajar como "
                        "dueño o empleado de una práctica privada no cuenta para ella.</p>"
                    ),
                ),
                ("heading", {"text": "Forme su equipo antes de firmar", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Antes de firmar una carta de intención, consiga un abogado y un "
                        "contador con experiencia en transiciones de prácticas dentales, y obtenga "
                        "una valuación independiente si el precio es importante. El corredor de la "
                        "práctica suele representar al vendedor; usted necesita asesores que lo "
                        "representen a usted. Planifique también los trámites: una entidad "
                        "comercial, los registros fiscales, la actualización de los registros ante "
                        "la junta dental estatal y la DEA para la nueva sede, un NPI de "
                        "organización y la acreditación con las aseguradoras, que puede tardar "
                        "varios meses.</p>"
                    ),
                ),
                ("heading", {"text": "Ser dueño y la comunidad", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Ser dueño de una práctica es una de las formas más directas en que un "
                        "dentista influye en el acceso a la atención. Los dueños deciden si "
                        "aceptan Medicaid, qué horario mantienen y a quién contratan. Para muchos "
                        "dentistas BIPOC, ser dueño también es un camino para generar patrimonio y "
                        "servir a las comunidades de donde vienen. Si atender a pacientes de "
                        "Medicaid es importante para usted, haga los números con honestidad: el "
                        "reembolso suele ser más bajo, así que planifique la combinación de "
                        "pacientes, la agenda y los gastos que hagan sostenible la misión.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Mi mentora me dijo que leyera el contrato de alquiler antes que las "
                            "finanzas. El local representaba la mitad del valor de esa práctica, y "
                            "al contrato le quedaban dos años. Lo renegociamos antes de que yo "
                            "firmara cualquier otra cosa."
                        ),
                        "attribution": "Dra. Camila Ortega-Banks, DDS",
                        "role": "Dentista general, dueña de su práctica y exalumna de NMF",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Esta guía es educación general, no asesoramiento legal, fiscal ni "
                        "financiero individual. Confirme los requisitos con la junta dental de su "
                        "estado y con las fuentes oficiales que correspondan a su situación.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "moonlighting-estimated-tax-tracker",
        "type": "toolkit",
        "topic": "business-of-doctoring",
        "specialties": [],
        "stages": ["resident", "early_career"],
        "minutes": 12,
        "reviewed_days_ago": 75,
        "featured": False,
        "documents": [
            {
                "filename": "estimated-tax-tracker-2026.csv",
                "text": (
                    "Quarter / Trimestre,Date received / Fecha de cobro,Payer / Pagador,Type of "
                    "work / Tipo de trabajo,Gross 1099 amount / Monto bruto 1099,Business expenses "
                    "/ Gastos del negocio,Net / Neto,Set-aside % / % reservado,Amount set aside / "
                    "Monto reservado,Federal estimate paid / Pago estimado federal,State estimate "
                    "paid / Pago estimado estatal,Date paid / Fecha de pago,Confirmation number / "
                    "Número de confirmación,Notes / Notas\n"
                    "EXAMPLE / EJEMPLO: Q1 / T1,2026-02-20,Urgent care group / Grupo de atención "
                    "de urgencias,Moonlighting shift / Turno "
                    "adicional,1200.00,0.00,1200.00,30%,360.00,,,,,Approved by program / Aprobado "
                    "por el programa\n"
                    "Q1 / T1 (Jan 1-Mar 31 / 1 ene-31 mar),,,,,,,,,,,,,\n"
                    "Q1 / T1 (Jan 1-Mar 31 / 1 ene-31 mar),,,,,,,,,,,,,\n"
                    "Q1 / T1 (Jan 1-Mar 31 / 1 ene-31 mar),,,,,,,,,,,,,\n"
                    "Q1 TOTAL: due April 15 2026 / TOTAL T1: vence el 15 de abril de "
                    "2026,,,,,,,,,,,,,\n"
                    "Q2 / T2 (Apr 1-May 31 / 1 abr-31 may),,,,,,,,,,,,,\n"
                    "Q2 / T2 (Apr 1-May 31 / 1 abr-31 may),,,,,,,,,,,,,\n"
                    "Q2 / T2 (Apr 1-May 31 / 1 abr-31 may),,,,,,,,,,,,,\n"
                    "Q2 TOTAL: due June 15 2026 / TOTAL T2: vence el 15 de junio de "
                    "2026,,,,,,,,,,,,,\n"
                    "Q3 / T3 (Jun 1-Aug 31 / 1 jun-31 ago),,,,,,,,,,,,,\n"
                    "Q3 / T3 (Jun 1-Aug 31 / 1 jun-31 ago),,,,,,,,,,,,,\n"
                    "Q3 / T3 (Jun 1-Aug 31 / 1 jun-31 ago),,,,,,,,,,,,,\n"
                    "Q3 TOTAL: due September 15 2026 / TOTAL T3: vence el 15 de septiembre de "
                    "2026,,,,,,,,,,,,,\n"
                    "Q4 / T4 (Sep 1-Dec 31 / 1 sep-31 dic),,,,,,,,,,,,,\n"
                    "Q4 / T4 (Sep 1-Dec 31 / 1 sep-31 dic),,,,,,,,,,,,,\n"
                    "Q4 / T4 (Sep 1-Dec 31 / 1 sep-31 dic),,,,,,,,,,,,,\n"
                    "Q4 TOTAL: due January 15 2027 / TOTAL T4: vence el 15 de enero de "
                    "2027,,,,,,,,,,,,,\n"
                    "YEAR TOTAL / TOTAL DEL AÑO,,,,,,,,,,,,,\n"
                    "Last year's total tax (safe harbor) / Impuesto total del año pasado (puerto "
                    "seguro),,,,,,,,,,,,,100% of last year's tax or 110% if AGI over $150000 / "
                    "100% del impuesto del año pasado o 110% si el AGI superó $150000\n"
                    "Confirm dates and rules at irs.gov / Confirme fechas y reglas en "
                    "irs.gov,,,,,,,,,,,,,\n"
                ),
                "en": {"title": "1099 income and estimated tax tracker, 2026 (CSV)"},
                "es": {"title": "Registro de ingresos 1099 e impuestos estimados, 2026 (CSV)"},
            },
        ],
        "links": [
            {
                "url": (
                    "https://www.irs.gov/businesses/small-businesses-self-employed/estimated-taxes"
                ),
                "en": {
                    "title": "IRS: Estimated taxes",
                    "description": (
                        "Who must pay estimated tax, how to figure it with Form 1040-ES, the "
                        "quarterly due dates and the ways to pay online."
                    ),
                },
                "es": {
                    "title": "IRS: Estimated taxes",
                    "description": (
                        "Quién debe pagar impuestos estimados, cómo calcularlos con el Formulario "
                        "1040-ES, las fechas trimestrales y las formas de pagar en línea (en "
                        "inglés)."
                    ),
                },
            },
        ],
        "related": ["retirement-savings-planner", "contract-review-checklist"],
        "en": {
            "title": "Moonlighting and 1099 income: an estimated tax toolkit",
            "introduction": (
                "What to set aside and when to pay when you earn income outside a paycheck, with a "
                "tracker for every payment and the quarterly due dates for 2026."
            ),
            "body": [
                ("heading", {"text": "When estimated taxes apply", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Income from moonlighting, locum tenens shifts, chart review, honoraria "
                        "or consulting paid on a Form 1099 has no tax withheld. You owe income tax "
                        "on it, plus self-employment tax of 15.3% (Social Security and Medicare) "
                        "on most of the net amount. The Social Security part stops at the wage "
                        "base, $184,500 for 2026, which also counts your W-2 wages. If you expect "
                        "to owe $1,000 or more for the year after withholding, the IRS generally "
                        "expects quarterly estimated payments.</p>"
                    ),
                ),
                ("heading", {"text": "Due dates for the 2026 tax year", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Income from January 1 to March 31: due April 15, "
                        "2026.</li><li>April 1 to May 31: due June 15, 2026.</li><li>June 1 to "
                        "August 31: due September 15, 2026.</li><li>September 1 to December 31: "
                        "due January 15, 2027.</li></ul><p>You can pay through IRS Direct Pay or "
                        "your IRS online account. Check whether your state also requires estimated "
                        "payments.</p>"
                    ),
                ),
                ("heading", {"text": "How much to set aside", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Many people move 25% to 35% of each 1099 payment into a separate "
                        "savings account, depending on their tax bracket and state. To avoid an "
                        "underpayment penalty, the general safe-harbor rule is to pay, through "
                        "withholding and estimates, at least 90% of this year’s tax or 100% of "
                        "last year’s (110% if last year’s adjusted gross income was over "
                        "$150,000). If you also have a W-2 job, you can raise your paycheck "
                        "withholding with a new Form W-4 instead.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Before you take the shift",
                        "items": [
                            {
                                "question": "Am I allowed to moonlight as a resident?",
                                "answer": (
                                    "<p>Check your program’s policy first. Under ACGME "
                                    "requirements, PGY-1 residents may not moonlight, and "
                                    "moonlighting hours count toward the 80-hour weekly limit.</p>"
                                ),
                            },
                            {
                                "question": "What can I deduct?",
                                "answer": (
                                    "<p>Ordinary and necessary costs of the 1099 work, such as "
                                    "malpractice premiums you pay yourself or travel between work "
                                    "sites. Keep receipts; commuting and personal costs do not "
                                    "qualify.</p>"
                                ),
                            },
                            {
                                "question": "Can I save for retirement from 1099 income?",
                                "answer": (
                                    "<p>Yes. A solo 401(k) or a SEP IRA lets you contribute from "
                                    "net self-employment income. The employee limit of a solo "
                                    "401(k) is shared with any workplace 403(b) or 401(k).</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>This toolkit is general education, not individual tax advice. Confirm "
                        "figures and dates at irs.gov or with a tax professional.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Trabajo adicional e ingresos 1099: herramientas para impuestos estimados",
            "introduction": (
                "Cuánto reservar y cuándo pagar cuando recibe ingresos fuera de su cheque de pago, "
                "con un registro para cada pago y las fechas trimestrales de 2026."
            ),
            "body": [
                ("heading", {"text": "Cuándo se aplican los impuestos estimados", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Los ingresos por trabajo adicional (moonlighting), turnos de locum "
                        "tenens, revisión de expedientes, honorarios o consultoría que se pagan "
                        "con un Formulario 1099 no tienen retención de impuestos. Usted debe el "
                        "impuesto sobre la renta, más el impuesto sobre el trabajo por cuenta "
                        "propia del 15.3% (Seguro Social y Medicare) sobre la mayor parte del "
                        "neto. La parte del Seguro Social se detiene en la base salarial máxima, "
                        "de $184,500 en 2026, que también incluye sus sueldos W-2. Si prevé deber "
                        "$1,000 o más en el año después de las retenciones, el IRS generalmente "
                        "espera pagos estimados trimestrales.</p>"
                    ),
                ),
                ("heading", {"text": "Fechas límite del año fiscal 2026", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Ingresos del 1 de enero al 31 de marzo: vence el 15 de abril de "
                        "2026.</li><li>Del 1 de abril al 31 de mayo: vence el 15 de junio de "
                        "2026.</li><li>Del 1 de junio al 31 de agosto: vence el 15 de septiembre "
                        "de 2026.</li><li>Del 1 de septiembre al 31 de diciembre: vence el 15 de "
                        "enero de 2027.</li></ul><p>Puede pagar con IRS Direct Pay o desde su "
                        "cuenta en línea del IRS. Verifique si su estado también exige pagos "
                        "estimados.</p>"
                    ),
                ),
                ("heading", {"text": "Cuánto reservar", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Muchas personas pasan del 25% al 35% de cada pago 1099 a una cuenta de "
                        "ahorro aparte, según su tramo impositivo y su estado. Para evitar una "
                        "multa por pago insuficiente, la regla general de puerto seguro (safe "
                        "harbor) es pagar, entre retenciones y pagos estimados, al menos el 90% "
                        "del impuesto de este año o el 100% del impuesto del año pasado (110% si "
                        "su ingreso bruto ajustado del año pasado superó los $150,000). Si también "
                        "tiene un empleo W-2, puede aumentar la retención de su cheque con un "
                        "nuevo Formulario W-4.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Antes de aceptar el turno",
                        "items": [
                            {
                                "question": "¿Puedo hacer trabajo adicional durante la residencia?",
                                "answer": (
                                    "<p>Revise primero la política de su programa. Según los "
                                    "requisitos del ACGME, los residentes de PGY-1 no pueden hacer "
                                    "trabajo adicional, y esas horas cuentan para el límite de 80 "
                                    "horas semanales.</p>"
                                ),
                            },
                            {
                                "question": "¿Qué puedo deducir?",
                                "answer": (
                                    "<p>Los gastos ordinarios y necesarios del trabajo 1099, como "
                                    "las primas de mala praxis que usted paga o los traslados "
                                    "entre lugares de trabajo. Guarde los recibos; los traslados "
                                    "diarios a su trabajo habitual y los gastos personales no "
                                    "califican.</p>"
                                ),
                            },
                            {
                                "question": "¿Puedo ahorrar para la jubilación con ingresos 1099?",
                                "answer": (
                                    "<p>Sí. Un solo 401(k) o una SEP IRA le permiten aportar con "
                                    "base en su ingreso neto por cuenta propia. El límite del "
                                    "empleado de un solo 401(k) se comparte con cualquier 403(b) o "
                                    "401(k) de su trabajo.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Este conjunto de herramientas es educación general, no asesoramiento "
                        "fiscal individual. Confirme las cifras y las fechas en irs.gov o con un "
                        "profesional de impuestos.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "compensation-negotiation-panel-recording",
        "type": "video",
        "topic": "business-of-doctoring",
        "specialties": [],
        "stages": ["resident", "early_career"],
        "minutes": 75,
        "reviewed_days_ago": 140,
        "featured": False,
        "documents": [],
        "links": [
            {
                "url": (
                    "https://media.hub.example.org/recordings/negotiating-your-first-offer-panel"
                ),
                "en": {
                    "title": "Watch the recording",
                    "description": (
                        "Full 75-minute panel recording, with captions in English and Spanish."
                    ),
                },
                "es": {
                    "title": "Vea la grabación",
                    "description": (
                        "Grabación completa de 75 minutos del panel, con subtítulos en inglés y en "
                        "español."
                    ),
                },
            },
        ],
        "related": ["course:negotiating-your-first-offer", "contract-review-checklist"],
        "en": {
            "title": "Recording: Negotiating your first offer, a panel with Dr. Renée Baptiste",
            "introduction": (
                "Three clinicians who recently negotiated job offers share what they asked for, "
                "what worked and what they would do differently, moderated by Dr. Renée Baptiste."
            ),
            "body": [
                ("heading", {"text": "About this session", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Dr. Renée Baptiste, MD, MBA, an internist who spent years as medical "
                        "director of a multi-site community practice, moderated this Hub panel for "
                        "residents, fellows and early-career clinicians. The panelists were a "
                        "hospitalist, a family nurse practitioner and a pediatric dentist, each "
                        "within three years of their first job after training. The highlights "
                        "below summarize the conversation so you can use it without watching all "
                        "75 minutes.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Highlights from the panel",
                        "items": [
                            {
                                "question": "Know your number before the first call",
                                "answer": (
                                    "<p>The panelists gathered market data from professional "
                                    "association and AAMC reports, talked with recent graduates, "
                                    "and interviewed with more than one employer. Dr. Baptiste "
                                    "urged them to ask which survey and percentile an offer is "
                                    "based on.</p>"
                                ),
                            },
                            {
                                "question": "Ask about the whole package",
                                "answer": (
                                    "<p>Salary was only one of their requests. Others included a "
                                    "later start date to finish board exams, a signing bonus, "
                                    "relocation, protected administrative time, a lighter call "
                                    "schedule in the first year, CME money and employer-paid tail "
                                    "coverage.</p>"
                                ),
                            },
                            {
                                "question": "Put it in one clear email",
                                "answer": (
                                    "<p>The hospitalist sent a single email with three requests in "
                                    "priority order, each with a short reason, and received two of "
                                    "them. Dr. Baptiste recommended this over raising requests one "
                                    "at a time.</p>"
                                ),
                            },
                            {
                                "question": "Do not negotiate against yourself",
                                "answer": (
                                    "<p>After making a request, wait for the answer. The nurse "
                                    "practitioner found that naming a salary range anchored the "
                                    "employer at its lowest figure; next time she would name one "
                                    "number.</p>"
                                ),
                            },
                            {
                                "question": "What they would do differently",
                                "answer": (
                                    "<p>The dentist wished he had put the path to partnership in "
                                    "writing, and all three wished they had paid for an attorney "
                                    "review earlier.</p>"
                                ),
                            },
                        ],
                    },
                ),
                ("heading", {"text": "Key takeaways", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Negotiation is expected; a respectful, well-prepared request "
                        "rarely costs you an offer.</li><li>Prioritize two or three asks and "
                        "explain why each matters.</li><li>Get every promise in the written "
                        "contract.</li></ul><p>This recording is general education, not legal "
                        "advice.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Grabación: Cómo negociar su primera oferta, panel con la Dra. Renée Baptiste",
            "introduction": (
                "Tres profesionales clínicos que negociaron ofertas de empleo hace poco cuentan "
                "qué pidieron, qué funcionó y qué harían distinto, con la moderación de la Dra. "
                "Renée Baptiste."
            ),
            "body": [
                ("heading", {"text": "Sobre esta sesión", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>La Dra. Renée Baptiste, MD, MBA, internista que durante años fue "
                        "directora médica de una práctica comunitaria con varias sedes, moderó "
                        "este panel del Hub para residentes, fellows y profesionales clínicos al "
                        "inicio de su carrera. Participaron una médica hospitalista, una enfermera "
                        "practicante de medicina familiar y un odontopediatra, cada uno con menos "
                        "de tres años en su primer empleo después de la formación. Lo más "
                        "destacado que aparece abajo resume la conversación para que pueda "
                        "aprovecharla sin ver los 75 minutos.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Lo más destacado del panel",
                        "items": [
                            {
                                "question": "Conozca su cifra antes de la primera llamada",
                                "answer": (
                                    "<p>Los panelistas reunieron datos del mercado de informes de "
                                    "asociaciones profesionales y de la AAMC, hablaron con "
                                    "personas recién graduadas y se entrevistaron con más de un "
                                    "empleador. La Dra. Baptiste les recomendó preguntar en qué "
                                    "encuesta y en qué percentil se basa una oferta.</p>"
                                ),
                            },
                            {
                                "question": "Pregunte por el paquete completo",
                                "answer": (
                                    "<p>El sueldo fue solo uno de sus pedidos. Otros fueron una "
                                    "fecha de inicio más tarde para terminar los exámenes de "
                                    "certificación, un bono de firma, gastos de mudanza, tiempo "
                                    "administrativo protegido, menos guardias el primer año, "
                                    "fondos para educación médica continua y la cobertura "
                                    "posterior del seguro de mala praxis pagada por el "
                                    "empleador.</p>"
                                ),
                            },
                            {
                                "question": "Póngalo en un solo correo claro",
                                "answer": (
                                    "<p>La hospitalista envió un único correo con tres pedidos en "
                                    "orden de prioridad, cada uno con una breve razón, y obtuvo "
                                    "dos. La Dra. Baptiste recomendó esto en lugar de plantear los "
                                    "pedidos de uno en uno.</p>"
                                ),
                            },
                            {
                                "question": "No negocie contra usted mismo",
                                "answer": (
                                    "<p>Después de hacer un pedido, espere la respuesta. La "
                                    "enfermera practicante descubrió que, al dar un rango de "
                                    "sueldo, el empleador se quedó con la cifra más baja; la "
                                    "próxima vez daría una sola cifra.</p>"
                                ),
                            },
                            {
                                "question": "Qué harían distinto",
                                "answer": (
                                    "<p>El dentista lamentó no haber dejado por escrito el camino "
                                    "para llegar a ser socio, y los tres lamentaron no haber "
                                    "pagado antes la revisión de un abogado.</p>"
                                ),
                            },
                        ],
                    },
                ),
                ("heading", {"text": "Ideas clave", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Negociar es lo esperado; un pedido respetuoso y bien preparado "
                        "rara vez le hace perder una oferta.</li><li>Priorice dos o tres pedidos y "
                        "explique por qué importa cada uno.</li><li>Asegúrese de que cada promesa "
                        "quede en el contrato escrito.</li></ul><p>Esta grabación es educación "
                        "general, no asesoramiento legal.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "productivity-pay-and-rvus-podcast",
        "type": "podcast",
        "topic": "business-of-doctoring",
        "specialties": [],
        "stages": ["resident", "early_career", "mid_late_career"],
        "minutes": 42,
        "reviewed_days_ago": 260,
        "featured": False,
        "documents": [],
        "links": [
            {
                "url": "https://media.hub.example.org/podcasts/productivity-pay-and-rvus",
                "en": {
                    "title": "Listen to the episode",
                    "description": (
                        "Full 42-minute episode, with a downloadable audio file and an English "
                        "transcript."
                    ),
                },
                "es": {
                    "title": "Escuche el episodio",
                    "description": (
                        "Episodio completo de 42 minutos, con archivo de audio descargable y "
                        "transcripción en inglés."
                    ),
                },
            },
        ],
        "related": ["contract-review-checklist", "course:reading-a-physician-employment-contract"],
        "en": {
            "title": "Podcast: How productivity pay and RVUs really work",
            "introduction": (
                "Dr. Renée Baptiste explains work RVUs, pay per RVU and bonus thresholds, and the "
                "questions to ask before you accept a productivity-based contract."
            ),
            "body": [
                ("heading", {"text": "In this episode", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>In this episode of the Hub’s <i>Business of Doctoring</i> podcast, Dr. "
                        "Renée Baptiste, MD, MBA, talks with Dr. Kwame Osei-Ramírez, a "
                        "cardiologist three years into his first job, about productivity pay. They "
                        "walk through how relative value units are built, how employers turn them "
                        "into pay, and the contract details that make the biggest difference over "
                        "time.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Episode highlights",
                        "items": [
                            {
                                "question": "What an RVU is",
                                "answer": (
                                    "<p>Medicare assigns each billed service relative value units "
                                    "(RVUs) for three things: the clinician’s work, practice "
                                    "expense and malpractice cost. Adjusted for geography and "
                                    "multiplied by a dollar conversion factor, they set the "
                                    "Medicare payment. CMS publishes the values every year in the "
                                    "Physician Fee Schedule; for 2026 it set two conversion "
                                    "factors, one for clinicians in qualifying advanced "
                                    "alternative payment models and one for everyone else.</p>"
                                ),
                            },
                            {
                                "question": "How employers use work RVUs",
                                "answer": (
                                    "<p>Many contracts pay a set dollar amount per work RVU "
                                    "(wRVU), often above a threshold on top of a base salary. Your "
                                    "pay depends on the rate, the threshold and which services are "
                                    "credited to you.</p>"
                                ),
                            },
                            {
                                "question": "Why the fee-schedule year matters",
                                "answer": (
                                    "<p>CMS changes the wRVU values of some services from year to "
                                    "year. If your employer uses an older year’s values, you may "
                                    "get less credit for the same work. Ask which year is used and "
                                    "whether it is updated.</p>"
                                ),
                            },
                            {
                                "question": "Credit for team-based work",
                                "answer": (
                                    "<p>Ask how you are credited for split or shared visits with "
                                    "nurse practitioners and physician assistants, for "
                                    "supervision, for procedures done with colleagues, and for "
                                    "telehealth.</p>"
                                ),
                            },
                            {
                                "question": "Check your reports",
                                "answer": (
                                    "<p>Dr. Osei-Ramírez found that a month of inpatient consults "
                                    "had never been credited to him. Ask for monthly reports by "
                                    "service and compare them with your own log.</p>"
                                ),
                            },
                        ],
                    },
                ),
                ("heading", {"text": "Takeaways", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Understand the formula before you compare two offers; a higher "
                        "rate per wRVU with a high threshold can pay less.</li><li>Ask for a "
                        "guaranteed base while your practice grows.</li><li>Track your own work "
                        "and reconcile it every month.</li></ul><p>This episode is general "
                        "education, not legal or financial advice; confirm current values on "
                        "cms.gov.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Pódcast: Cómo funcionan realmente el pago por productividad y las RVU",
            "introduction": (
                "La Dra. Renée Baptiste explica las RVU de trabajo, el pago por RVU y los umbrales "
                "de bonificación, y las preguntas que conviene hacer antes de aceptar un contrato "
                "basado en la productividad."
            ),
            "body": [
                ("heading", {"text": "En este episodio", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>En este episodio del pódcast <i>Business of Doctoring</i> del Hub, la "
                        "Dra. Renée Baptiste, MD, MBA, conversa sobre el pago por productividad "
                        "con el Dr. Kwame Osei-Ramírez, cardiólogo con tres años en su primer "
                        "empleo. Explican cómo se construyen las unidades de valor relativo, cómo "
                        "las convierten los empleadores en remuneración y qué detalles del "
                        "contrato marcan la mayor diferencia con el tiempo.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Lo más destacado del episodio",
                        "items": [
                            {
                                "question": "Qué es una RVU",
                                "answer": (
                                    "<p>Medicare asigna a cada servicio facturado unidades de "
                                    "valor relativo (RVU) por tres conceptos: el trabajo del "
                                    "profesional, los gastos de la práctica y el costo del seguro "
                                    "de mala praxis. Ajustadas según la región y multiplicadas por "
                                    "un factor de conversión en dólares, determinan el pago de "
                                    "Medicare. CMS publica los valores cada año en el arancel de "
                                    "médicos (Physician Fee Schedule); para 2026 fijó dos factores "
                                    "de conversión, uno para profesionales en modelos avanzados de "
                                    "pago alternativo que califican y otro para los demás.</p>"
                                ),
                            },
                            {
                                "question": "Cómo usan los empleadores las RVU de trabajo",
                                "answer": (
                                    "<p>Muchos contratos pagan un monto fijo en dólares por RVU de "
                                    "trabajo (wRVU), a menudo por encima de un umbral y además de "
                                    "un sueldo base. Su pago depende de la tarifa, del umbral y de "
                                    "qué servicios se le acreditan.</p>"
                                ),
                            },
                            {
                                "question": "Por qué importa el año del arancel",
                                "answer": (
                                    "<p>CMS cambia de un año a otro los valores de wRVU de algunos "
                                    "servicios. Si su empleador usa los valores de un año "
                                    "anterior, podría recibir menos crédito por el mismo trabajo. "
                                    "Pregunte qué año se usa y si se actualiza.</p>"
                                ),
                            },
                            {
                                "question": "El crédito por el trabajo en equipo",
                                "answer": (
                                    "<p>Pregunte cómo se le acreditan las visitas divididas o "
                                    "compartidas con enfermeras practicantes y asociados médicos, "
                                    "la supervisión, los procedimientos hechos con colegas y la "
                                    "telesalud.</p>"
                                ),
                            },
                            {
                                "question": "Revise sus informes",
                                "answer": (
                                    "<p>El Dr. Osei-Ramírez descubrió que nunca se le había "
                                    "acreditado un mes de interconsultas hospitalarias. Pida "
                                    "informes mensuales por servicio y compárelos con su propio "
                                    "registro.</p>"
                                ),
                            },
                        ],
                    },
                ),
                ("heading", {"text": "Ideas clave", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Entienda la fórmula antes de comparar dos ofertas; una tarifa por "
                        "wRVU más alta con un umbral alto puede pagar menos.</li><li>Pida un "
                        "sueldo base garantizado mientras crece su práctica.</li><li>Lleve su "
                        "propio registro del trabajo y concílielo cada mes.</li></ul><p>Este "
                        "episodio es educación general, no asesoramiento legal ni financiero; "
                        "confirme los valores vigentes en cms.gov.</p>"
                    ),
                ),
            ],
        },
    },
]
