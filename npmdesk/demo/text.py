"""Phrase banks for the demo vault (fill.py): English, French and Spanish here, Arabic, Russian
and Portuguese in lang_ar.py, lang_ru.py and lang_pt.py (merged by languages.py), with some names
and sentences in Chinese. Cities and people are invented; the countries
are real States parties, so nothing here should be read as a statement about them.
"""

from __future__ import annotations

from npmdesk.demo.languages import appended, by_lang, nested

LANGS = ("en", "fr", "es", "ar", "ru", "pt")
SPT_LANGS = ("en", "fr", "es")  # the SPT's working languages: what it writes its own documents in
LANG_WEIGHTS = (5, 3, 3)

# People of the vault's State (NPM staff, detainees, officials), by the language of its place names;
# GIVEN/FAMILY and OTHER_NAMES are the rest of the world (SPT members, foreign nationals).
LOCAL_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (("Sarah", "James", "Grace", "Daniel", "Aisha", "Samuel", "Emily", "David", "Joy", "Michael", "Ruth",
            "Thomas"),
           ("Smith", "Okafor", "Mensah", "Taylor", "Brown", "Wilson", "Adeyemi", "Walker", "Evans", "Owusu",
            "Clarke", "Hughes")),
    "fr": (("Marie", "Jean", "Aminata", "Moussa", "Claire", "Olivier", "Fatou", "Koffi", "Awa", "Pierre", "Mariam",
            "Julien"),
           ("Dubois", "Moreau", "Diallo", "Traoré", "Ndiaye", "Koné", "Lefèvre", "Kouassi", "Sow", "Martin",
            "Ouédraogo", "Bernard")),
    "es": (("Ana", "Luis", "Sofía", "Carlos", "Lucía", "Mateo", "María", "José", "Valentina", "Diego", "Carmen",
            "Andrés"),
           ("García", "Fernández", "Herrera", "Castillo", "Rodríguez", "Mora", "Vargas", "Jiménez", "Rojas",
            "Solís", "Quispe", "Morales")),
    **by_lang("LOCAL_NAMES"),
    "pt": (("João", "Maria", "Ana", "Pedro", "Tiago", "Inês", "Lucas", "Beatriz", "Rafael", "Mariana"),
           ("Silva", "Santos", "Ferreira", "Costa", "Oliveira", "Pereira", "Almeida", "Rodrigues", "Sousa", "Lopes")),
    "de": (("Anna", "Lukas", "Julia", "Jonas", "Sophie", "Felix", "Katharina", "Maximilian", "Lea", "Stefan"),
           ("Müller", "Schmidt", "Weber", "Fischer", "Wagner", "Becker", "Hoffmann", "Keller", "Huber", "Brunner")),
}
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
# Place names by type, in each language of places.PLACE_LANGS; {city} is a real city of the
# vault's State (places.py), the place itself is invented.
PLACE_NAMES: dict[str, dict[str, str]] = {
    "prison": {"en": "{city} Prison", "fr": "Maison centrale de {city}", "es": "Centro penitenciario de {city}",
               "pt": "Estabelecimento prisional de {city}", "de": "Justizvollzugsanstalt {city}"},
    "pre_trial_detention": {"en": "{city} Remand Centre", "fr": "Maison d'arrêt de {city}",
                            "es": "Centro de prisión preventiva de {city}", "pt": "Cadeia pública de {city}",
                            "de": "Untersuchungshaftanstalt {city}"},
    "police_station": {"en": "{city} Central Police Station", "fr": "Commissariat central de {city}",
                       "es": "Comisaría central de {city}", "pt": "Esquadra de polícia de {city}",
                       "de": "Polizeiinspektion {city}-Mitte"},
    "immigration_detention": {"en": "{city} Immigration Detention Centre",
                              "fr": "Centre de rétention administrative de {city}",
                              "es": "Centro de internamiento de extranjeros de {city}",
                              "pt": "Centro de instalação temporária de {city}",
                              "de": "Abschiebungshafteinrichtung {city}"},
    "psychiatric_hospital": {"en": "{city} Psychiatric Hospital", "fr": "Centre hospitalier spécialisé de {city}",
                             "es": "Hospital psiquiátrico de {city}", "pt": "Hospital psiquiátrico de {city}",
                             "de": "Klinik für Psychiatrie {city}"},
    "social_care_home": {"en": "{city} Care Home for Older People", "fr": "EHPAD de {city}",
                         "es": "Residencia de mayores de {city}", "pt": "Lar de idosos de {city}",
                         "de": "Pflegeheim {city}"},
    "juvenile_centre": {"en": "{city} Youth Detention Centre", "fr": "Centre éducatif fermé de {city}",
                        "es": "Centro de internamiento de menores de {city}", "pt": "Centro educativo de {city}",
                        "de": "Jugendarrestanstalt {city}"},
    "military": {"en": "{city} Military Detention Unit", "fr": "Quartier disciplinaire militaire de {city}",
                 "es": "Establecimiento penitenciario militar de {city}",
                 "pt": "Estabelecimento prisional militar de {city}", "de": "Arrestanstalt der Bundeswehr {city}"},
    "other": {"en": "{city} Airport Transit Zone", "fr": "Zone d'attente de l'aéroport de {city}",
              "es": "Sala de inadmitidos del aeropuerto de {city}",
              "pt": "Centro de instalação temporária do aeroporto de {city}",
              "de": "Transitbereich Flughafen {city}"},
}
nested(PLACE_NAMES, "PLACE_NAMES")
PLACE_WEIGHTS = (30, 10, 25, 8, 8, 6, 6, 2, 5)
# Police stations beyond the central one in a city: "{city} Police Station no. {n}".
POLICE_STATION_N = {"en": "Police Station no. {n}, {city}", "fr": "Commissariat n° {n} de {city}",
                    "es": "Comisaría n.º {n} de {city}", "pt": "{n}.ª Esquadra de {city}",
                    "de": "Polizeirevier {n} {city}", **by_lang("POLICE_STATION_N")}

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
    **by_lang("THEMES"),
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
        "reprisal": ("Reprisal check at {place}", "Return visit after the SPT: {place}"),
        "fund": ("Special Fund application {year}: {purpose}",),
        "annual": ("Annual report {year}",),
        "reminder": ("Send the annual report to the SPT", "Check the SPT visiting programme",
                     "Prepare the Special Fund application", "Renew the data-retention review",
                     "Follow up on open recommendations", "Reply to the country rapporteur"),
        "sentences": (
            "The NPM visited {place} on several occasions this year.",
            "We would welcome the Subcommittee's advice under article {article}.",
            "The situation regarding {theme} in {country} remains a concern.",
            "Our delegation met the authorities to discuss the recommendations.",
            "Detainees interviewed in private described their conditions of detention in detail.",
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
                 "Informations sur {theme} ({country})", "Invitation à notre atelier régional sur {theme}",
                 "Accès refusé à {place}", "Projet de programme de la visioconférence",
                 "Observations sur les lignes directrices", "Question sur notre rapport annuel"),
        "update_compliance": ("Réduction du budget du MNP", "Accès bloqué à {place}",
                              "Projet de loi menaçant l'indépendance du MNP", "Pressions sur le personnel du MNP"),
        "update_thematic": ("Évolutions concernant {theme}", "Nouvel établissement ouvert : {place}",
                            "Note thématique : {theme}"),
        "reprisal": ("Contrôle anti-représailles à {place}", "Retour à {place} après la visite du SPT"),
        "fund": ("Demande au Fonds spécial {year} : {purpose}",),
        "annual": ("Rapport annuel {year}",),
        "reminder": ("Envoyer le rapport annuel au SPT", "Consulter le programme de visites du SPT",
                     "Préparer la demande au Fonds spécial", "Revoir les durées de conservation",
                     "Relancer les recommandations en suspens", "Répondre au rapporteur de pays"),
        "sentences": (
            "Le MNP s'est rendu à {place} à plusieurs reprises cette année.",
            "Nous souhaiterions l'avis du Sous-comité au titre de l'article {article}.",
            "La situation concernant {theme} dans le pays demeure préoccupante.",
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
        "reprisal": ("Verificación de represalias en {place}", "Regreso a {place} tras la visita del SPT"),
        "fund": ("Solicitud al Fondo Especial {year}: {purpose}",),
        "annual": ("Informe anual {year}",),
        "reminder": ("Enviar el informe anual al SPT", "Consultar el programa de visitas del SPT",
                     "Preparar la solicitud al Fondo Especial", "Revisar los plazos de conservación",
                     "Dar seguimiento a las recomendaciones", "Responder al relator de país"),
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
    **by_lang("T"),
}

REPORT_TITLES: dict[str, tuple[str, ...]] = {
    "visit_report_to_state": (
        "Visit to {country} ({year}): recommendations and observations addressed to the State party",
        "Visite ({country}, {year}) : recommandations et observations adressées à l'État partie",
        "Visita ({country}, {year}): recomendaciones y observaciones dirigidas al Estado parte"),
    "report_to_npm": (
        "Visit to {country} ({year}): recommendations and advice addressed to the national preventive mechanism",
        "Visite ({country}, {year}) : recommandations et avis adressés au mécanisme national de prévention",
        "Visita ({country}, {year}): recomendaciones y asesoramiento dirigidos al mecanismo nacional de prevención"),
    "npm_reply": ("NPM reply to the SPT report", "Réponse du MNP au rapport du SPT",
                  "Respuesta del MNP al informe del SPT"),
    "state_reply": ("State reply to the SPT report", "Réponse de l'État au rapport du SPT",
                    "Respuesta del Estado al informe del SPT"),
    "annual_report_spt": ("SPT annual report {year}", "Rapport annuel du SPT {year}", "Informe anual del SPT {year}"),
    "guidance": ("SPT guidance: {theme}", "Orientations du SPT : {theme}", "Orientaciones del SPT: {theme}"),
}
REPORT_TITLES = appended(REPORT_TITLES, "REPORT_TITLES")
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
    **by_lang("OUTCOMES"),
}
SESSIONS = {"en": ("February", "June", "November"), "fr": ("février", "juin", "novembre"),
            "es": ("febrero", "junio", "noviembre"), **by_lang("SESSIONS")}
