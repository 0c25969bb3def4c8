"""Phrase banks for the demo vault (demo.py): English, French and Spanish, with some names
and sentences in Arabic, Russian and Chinese. Cities and people are invented; the countries
are real States parties, so nothing here should be read as a statement about them.
"""

from __future__ import annotations

LANGS = ("en", "fr", "es")
LANG_WEIGHTS = (5, 3, 3)

GIVEN = (
    "Ana", "Luis", "Marie", "Jean", "Sofía", "Carlos", "Amina", "Kwame", "Ingrid", "Lars", "Priya",
    "Tomasz", "Elena", "Mateo", "Claire", "Ibrahima", "Nadia", "Olivier", "Lucía", "Samuel",
)
FAMILY = (
    "García", "Dubois", "Okafor", "Lindqvist", "Moreau", "Fernández", "Diallo", "Kowalski", "Rossi",
    "Nakamura", "Mensah", "Lefèvre", "Herrera", "Novak", "Castillo", "Traoré", "Müller", "Silva",
)
OTHER_NAMES = (
    "ليلى حداد", "عمر الخطيب", "فاطمة الزهراء بنعلي", "يوسف منصور",
    "Ольга Смирнова", "Дмитрий Волков", "Айгерим Сеитова", "Нино Беридзе",
    "李明", "王芳", "陈静",
)
OTHER_SENTENCES = (
    "زيارة وقائية إلى مركز الاحتجاز في المدينة.",
    "ملاحظات سرية حول ظروف الاحتجاز والمقابلات الخاصة.",
    "Конфиденциальная информация о местах лишения свободы.",  # noqa: RUF001 - Russian text
    "Посещение изолятора временного содержания и беседы с задержанными.",  # noqa: RUF001
    "关于拘留场所条件的保密资料。",
    "国家防范机制与防范酷刑小组委员会的会谈纪要。",
    "对警察局的预防性访问。",
)
CITIES = (
    "Villaverde", "Port Amara", "Saint-Rémy", "Kestrel Bay", "Montecillo", "Northfield", "Lagos Altos",
    "Belmonte", "Rivière-Noire", "Santa Clara del Mar", "Eastbrook", "Valdoro", "Mirande", "Ostrava Nova",
)
PROVINCES = ("North", "South", "East", "West", "Capital district", "Coastal province", "Highlands")

PLACE_NAMES: dict[str, tuple[str, str, str]] = {
    "prison": ("Central prison of {city}", "Maison centrale de {city}", "Centro penitenciario de {city}"),
    "pre_trial_detention": ("{city} remand centre", "Maison d'arrêt de {city}",
                            "Centro de prisión preventiva de {city}"),
    "police_station": ("Police station no. {n}, {city}", "Commissariat n° {n} de {city}",
                       "Comisaría n.º {n} de {city}"),
    "immigration_detention": ("{city} immigration detention centre", "Centre de rétention administrative de {city}",
                              "Centro de internamiento de extranjeros de {city}"),
    "psychiatric_hospital": ("{city} psychiatric hospital", "Hôpital psychiatrique de {city}",
                             "Hospital psiquiátrico de {city}"),
    "social_care_home": ("{city} care home for older people", "EHPAD de {city}", "Residencia de mayores de {city}"),
    "juvenile_centre": ("{city} juvenile centre", "Centre éducatif fermé de {city}", "Centro de menores de {city}"),
    "military": ("{city} military detention unit", "Quartier disciplinaire militaire de {city}",
                 "Establecimiento penitenciario militar de {city}"),
    "other": ("{city} transit zone", "Zone d'attente de {city}", "Sala de inadmitidos de {city}"),
}
PLACE_WEIGHTS = (30, 10, 25, 8, 8, 6, 6, 2, 5)

THEMES: dict[str, tuple[str, ...]] = {
    "en": ("overcrowding", "solitary confinement", "health care in detention", "women in detention",
           "children deprived of liberty", "use of force by police", "access to a lawyer",
           "conditions in police custody", "migrants in detention", "involuntary psychiatric treatment"),
    "fr": ("surpopulation carcérale", "isolement cellulaire", "soins de santé en détention", "femmes détenues",
           "enfants privés de liberté", "usage de la force par la police", "accès à un avocat",
           "conditions de la garde à vue", "rétention des personnes migrantes",
           "soins psychiatriques sans consentement"),
    "es": ("hacinamiento", "aislamiento en celda", "atención sanitaria en prisión", "mujeres privadas de libertad",
           "niños privados de libertad", "uso de la fuerza por la policía", "acceso a un abogado",
           "condiciones en las comisarías", "personas migrantes detenidas", "tratamiento psiquiátrico involuntario"),
}

T: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "comm": ("Meeting request during the {session} session", "Follow-up to the visit to {place}",
                 "Information on {theme} in {country}", "Invitation to our regional workshop on {theme}",
                 "Access refused at {place}", "Draft programme for the video conference",
                 "Comments on the NPM guidelines", "Question on our annual report"),
        "update_compliance": ("Budget cut affecting the NPM in {country}", "Access to {place} blocked",
                              "Draft law threatening the NPM's independence", "Pressure on NPM staff after a visit"),
        "update_thematic": ("Developments on {theme}", "New detention facility opened: {place}",
                            "Thematic note: {theme}"),
        "interp": ("Request for interpretation of article {article}", "Scope of article {article} of the OPCAT"),
        "visit": ("SPT visit to {country} ({year})",),
        "reprisal": ("Reprisal check at {place}", "Return visit after the SPT: {place}"),
        "fund": ("Special Fund application {year}: {purpose}",),
        "annual": ("Annual report {year}",),
        "reminder": ("Send the annual report to the SPT", "Check the SPT visiting programme",
                     "Prepare the Special Fund application", "Renew the data-retention review",
                     "Follow up on open recommendations", "Reply to the country rapporteur"),
        "rec": ("Guarantee the NPM's financial independence", "Ensure unannounced access to all places",
                "Adopt a law protecting persons who speak to the NPM", "Reduce overcrowding at {place}",
                "Publish the SPT visit report", "Train police officers on {theme}",
                "Recruit medical staff for the NPM", "Set a plan for implementing NPM recommendations"),
        "sentences": (
            "The NPM visited {place} on several occasions this year.",
            "We would welcome the Subcommittee's advice under article {article}.",
            "The situation regarding {theme} in {country} remains a concern.",
            "Our delegation met the authorities to discuss the recommendations.",
            "Detainees interviewed in private described the conditions in detail.",
            "The ministry has not yet replied to our letter.",
            "We propose to discuss this during the next session in Geneva.",
            "Please treat this information as confidential.",
            "The budget allocated to the mechanism was reduced again.",
            "A joint visit with the SPT could focus on {theme}.",
            "{person} will attend the meeting on behalf of the NPM.",
            "The annex contains the list of places visited and our main findings.",
        ),
        "purpose": ("implementing SPT recommendations", "NPM education programme"),
    },
    "fr": {
        "comm": ("Demande de réunion pendant la session de {session}", "Suivi de la visite à {place}",
                 "Informations sur {theme} en {country}", "Invitation à notre atelier régional sur {theme}",
                 "Accès refusé à {place}", "Projet de programme de la visioconférence",
                 "Observations sur les lignes directrices", "Question sur notre rapport annuel"),
        "update_compliance": ("Réduction du budget du MNP en {country}", "Accès bloqué à {place}",
                              "Projet de loi menaçant l'indépendance du MNP", "Pressions sur le personnel du MNP"),
        "update_thematic": ("Évolutions concernant {theme}", "Nouvel établissement ouvert : {place}",
                            "Note thématique : {theme}"),
        "interp": ("Demande d'interprétation de l'article {article}", "Portée de l'article {article} du Protocole"),
        "visit": ("Visite du SPT en {country} ({year})",),
        "reprisal": ("Contrôle anti-représailles à {place}", "Retour à {place} après la visite du SPT"),
        "fund": ("Demande au Fonds spécial {year} : {purpose}",),
        "annual": ("Rapport annuel {year}",),
        "reminder": ("Envoyer le rapport annuel au SPT", "Consulter le programme de visites du SPT",
                     "Préparer la demande au Fonds spécial", "Revoir les durées de conservation",
                     "Relancer les recommandations en suspens", "Répondre au rapporteur de pays"),
        "rec": ("Garantir l'indépendance financière du MNP", "Assurer l'accès inopiné à tous les lieux",
                "Protéger par la loi les personnes qui parlent au MNP", "Réduire la surpopulation à {place}",
                "Publier le rapport de visite du SPT", "Former les policiers sur {theme}",
                "Recruter du personnel médical pour le MNP", "Adopter un plan de mise en œuvre"),
        "sentences": (
            "Le MNP s'est rendu à {place} à plusieurs reprises cette année.",
            "Nous souhaiterions l'avis du Sous-comité au titre de l'article {article}.",
            "La situation concernant {theme} en {country} demeure préoccupante.",
            "Notre délégation a rencontré les autorités pour discuter des recommandations.",
            "Les personnes détenues entendues en privé ont décrit leurs conditions de détention.",
            "Le ministère n'a pas encore répondu à notre courrier.",
            "Nous proposons d'en parler lors de la prochaine session à Genève.",
            "Merci de traiter ces informations de manière confidentielle.",
            "Le budget alloué au mécanisme a de nouveau été réduit.",
            "Une visite conjointe avec le SPT pourrait porter sur {theme}.",
            "{person} participera à la réunion au nom du MNP.",
            "L'annexe contient la liste des lieux visités et nos principales constatations.",
        ),
        "purpose": ("mise en œuvre des recommandations du SPT", "programme éducatif du MNP"),
    },
    "es": {
        "comm": ("Solicitud de reunión durante el período de sesiones de {session}",
                 "Seguimiento de la visita a {place}",
                 "Información sobre {theme} en {country}", "Invitación a nuestro taller regional sobre {theme}",
                 "Acceso denegado a {place}", "Proyecto de programa de la videoconferencia",
                 "Comentarios sobre las directrices", "Consulta sobre nuestro informe anual"),
        "update_compliance": ("Recorte presupuestario del MNP en {country}", "Acceso bloqueado a {place}",
                              "Proyecto de ley que amenaza la independencia del MNP", "Presiones sobre el personal"),
        "update_thematic": ("Novedades sobre {theme}", "Nuevo centro de detención: {place}",
                            "Nota temática: {theme}"),
        "interp": ("Solicitud de interpretación del artículo {article}",
                   "Alcance del artículo {article} del Protocolo"),
        "visit": ("Visita del SPT a {country} ({year})",),
        "reprisal": ("Verificación de represalias en {place}", "Regreso a {place} tras la visita del SPT"),
        "fund": ("Solicitud al Fondo Especial {year}: {purpose}",),
        "annual": ("Informe anual {year}",),
        "reminder": ("Enviar el informe anual al SPT", "Consultar el programa de visitas del SPT",
                     "Preparar la solicitud al Fondo Especial", "Revisar los plazos de conservación",
                     "Dar seguimiento a las recomendaciones", "Responder al relator de país"),
        "rec": ("Garantizar la independencia financiera del MNP", "Asegurar el acceso sin previo aviso",
                "Proteger por ley a quienes hablan con el MNP", "Reducir el hacinamiento en {place}",
                "Publicar el informe de visita del SPT", "Capacitar a la policía sobre {theme}",
                "Contratar personal médico para el MNP", "Adoptar un plan de aplicación"),
        "sentences": (
            "El MNP visitó {place} en varias ocasiones este año.",
            "Agradeceríamos el asesoramiento del Subcomité en virtud del artículo {article}.",
            "La situación relativa a {theme} en {country} sigue siendo preocupante.",
            "Nuestra delegación se reunió con las autoridades para tratar las recomendaciones.",
            "Las personas detenidas entrevistadas en privado describieron sus condiciones.",
            "El ministerio aún no ha respondido a nuestra carta.",
            "Proponemos tratar este asunto en el próximo período de sesiones en Ginebra.",
            "Les rogamos tratar esta información como confidencial.",
            "El presupuesto asignado al mecanismo volvió a reducirse.",
            "Una visita conjunta con el SPT podría centrarse en {theme}.",
            "{person} asistirá a la reunión en nombre del MNP.",
            "El anexo contiene la lista de lugares visitados y nuestras principales conclusiones.",
        ),
        "purpose": ("aplicación de las recomendaciones del SPT", "programa educativo del MNP"),
    },
}

REPORT_TITLES: dict[str, tuple[str, str, str]] = {
    "visit_report_to_state": ("SPT report to the State on its visit to {country}",
                              "Rapport du SPT à l'État sur sa visite en {country}",
                              "Informe del SPT al Estado sobre su visita a {country}"),
    "report_to_npm": ("SPT report to the NPM of {country}", "Rapport du SPT au MNP de {country}",
                      "Informe del SPT al MNP de {country}"),
    "npm_reply": ("NPM reply to the SPT report", "Réponse du MNP au rapport du SPT",
                  "Respuesta del MNP al informe del SPT"),
    "state_reply": ("State reply to the SPT report", "Réponse de l'État au rapport du SPT",
                    "Respuesta del Estado al informe del SPT"),
    "annual_report_spt": ("SPT annual report {year}", "Rapport annuel du SPT {year}", "Informe anual del SPT {year}"),
    "guidance": ("SPT guidance: {theme}", "Orientations du SPT : {theme}", "Orientaciones del SPT: {theme}"),
}
QUESTIONS = {
    "en": "Does article {article} cover {theme} in places run by private companies?",
    "fr": "L'article {article} s'applique-t-il à {theme} dans les lieux gérés par des sociétés privées ?",
    "es": "¿Se aplica el artículo {article} a {theme} en lugares gestionados por empresas privadas?",
}
ANSWERS = {
    "en": "The Subcommittee considers that article {article} applies to every place of deprivation of liberty.",
    "fr": "Le Sous-comité estime que l'article {article} s'applique à tout lieu de privation de liberté.",
    "es": "El Subcomité considera que el artículo {article} se aplica a todo lugar de privación de libertad.",
}
OUTCOMES = {
    "en": ("No sign of reprisals; the people met confirmed they were not questioned.",
           "One person reported being moved to another wing after speaking to the SPT.",
           "Agreed next steps and a date for the next exchange."),
    "fr": ("Aucun signe de représailles ; les personnes rencontrées n'ont pas été interrogées.",
           "Une personne a été transférée dans une autre aile après avoir parlé au SPT.",
           "Prochaines étapes convenues et date du prochain échange fixée."),
    "es": ("Sin indicios de represalias; las personas entrevistadas no fueron interrogadas.",
           "Una persona fue trasladada a otro módulo tras hablar con el SPT.",
           "Se acordaron los próximos pasos y la fecha del siguiente intercambio."),
}
SESSIONS = {"en": ("February", "June", "November"), "fr": ("février", "juin", "novembre"),
            "es": ("febrero", "junio", "noviembre")}
