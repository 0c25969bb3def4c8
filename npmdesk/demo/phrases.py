"""Phrase banks for the demo vault's OPCAT records (fill.py), in English, French and Spanish
(Arabic, Russian and Portuguese: lang_*.py, merged here by languages.py):
recommendations and the authorities responsible for them, requests for advice, NPM reports,
statements, reprisal cases. Placeholders as in text.py ({place}, {theme}, {country}, {year}).
"""

from __future__ import annotations

from npmdesk.demo.languages import by_lang, nested

# Recommendations addressed to the State: (authority key, title) per language.
REC_STATE: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("justice", "Reduce overcrowding at {place}"),
        ("justice", "Ensure that every person in prison has a medical examination on admission"),
        ("interior", "Record every person in police custody in a register from the first hour"),
        ("interior", "Guarantee access to a lawyer from the outset of police custody"),
        ("interior", "Train police officers on {theme}"),
        ("health", "End the use of mechanical restraint at {place}"),
        ("health", "Provide independent health care in all places of detention"),
        ("parliament", "Adopt a law protecting persons who speak to the NPM from reprisals"),
        ("finance", "Guarantee the NPM's financial and operational independence"),
        ("justice", "Separate children from adults in all places of detention"),
        ("migration", "Use immigration detention only as a last resort"),
        ("social", "Set up an independent complaints procedure in care homes"),
        ("publish", "Publish the SPT's report on its visit"),
        ("interior", "Install video recording in interview rooms of police stations"),
    ),
    "fr": (
        ("justice", "Réduire la surpopulation à {place}"),
        ("justice", "Garantir un examen médical à l'arrivée de chaque personne détenue"),
        ("interior", "Inscrire chaque personne gardée à vue dans un registre dès la première heure"),
        ("interior", "Garantir l'accès à un avocat dès le début de la garde à vue"),
        ("interior", "Former les policiers sur {theme}"),
        ("health", "Mettre fin à la contention mécanique à {place}"),
        ("health", "Assurer des soins de santé indépendants dans tous les lieux de privation de liberté"),
        ("parliament", "Protéger par la loi contre les représailles les personnes qui parlent au MNP"),
        ("finance", "Garantir l'indépendance financière et opérationnelle du MNP"),
        ("justice", "Séparer les mineurs des adultes dans tous les lieux de détention"),
        ("migration", "Ne recourir à la rétention administrative qu'en dernier ressort"),
        ("social", "Créer une procédure de plainte indépendante dans les EHPAD"),
        ("publish", "Publier le rapport de visite du SPT"),
        ("interior", "Équiper de caméras les salles d'audition des commissariats"),
    ),
    "es": (
        ("justice", "Reducir el hacinamiento en {place}"),
        ("justice", "Garantizar un examen médico al ingreso de toda persona privada de libertad"),
        ("interior", "Registrar a toda persona detenida en la comisaría desde la primera hora"),
        ("interior", "Garantizar el acceso a un abogado desde el inicio de la detención policial"),
        ("interior", "Capacitar a la policía sobre {theme}"),
        ("health", "Poner fin a la sujeción mecánica en {place}"),
        ("health", "Asegurar una atención sanitaria independiente en todos los lugares de detención"),
        ("parliament", "Proteger por ley contra represalias a quienes hablan con el MNP"),
        ("finance", "Garantizar la independencia financiera y operativa del MNP"),
        ("justice", "Separar a los menores de los adultos en todos los lugares de detención"),
        ("migration", "Recurrir a la detención de migrantes solo como último recurso"),
        ("social", "Crear un procedimiento de queja independiente en las residencias"),
        ("publish", "Publicar el informe de visita del SPT"),
        ("interior", "Instalar grabación de video en las salas de interrogatorio"),
    ),
}
# Recommendations and advice the SPT addresses to the NPM itself.
REC_NPM: dict[str, tuple[str, ...]] = {
    "en": ("Adopt a visit methodology for psychiatric institutions", "Follow up systematically on recommendations",
           "Plan visits on the basis of a risk analysis", "Include a doctor in every visiting team",
           "Protect interviewees against reprisals after each visit", "Make the NPM's annual report public",
           "Strengthen dialogue with the authorities on {theme}"),
    "fr": ("Adopter une méthodologie de visite des établissements psychiatriques",
           "Assurer un suivi systématique des recommandations", "Planifier les visites selon une analyse des risques",
           "Inclure un médecin dans chaque équipe de visite",
           "Protéger les personnes entendues contre les représailles après chaque visite",
           "Rendre public le rapport annuel du MNP", "Renforcer le dialogue avec les autorités sur {theme}"),
    "es": ("Adoptar una metodología de visita a instituciones psiquiátricas",
           "Dar seguimiento sistemático a las recomendaciones",
           "Planificar las visitas a partir de un análisis de riesgos",
           "Incluir a un médico en cada equipo de visita",
           "Proteger contra represalias a las personas entrevistadas tras cada visita",
           "Hacer público el informe anual del MNP", "Reforzar el diálogo con las autoridades sobre {theme}"),
}
AUTHORITIES: dict[str, dict[str, str]] = {
    "en": {"justice": "Ministry of Justice, Prison Service", "interior": "Ministry of the Interior, National Police",
           "health": "Ministry of Health", "parliament": "Parliament", "finance": "Ministry of Finance",
           "migration": "Migration Directorate", "social": "Ministry of Social Affairs",
           "publish": "Ministry of Foreign Affairs"},
    "fr": {"justice": "Ministère de la Justice, administration pénitentiaire",
           "interior": "Ministère de l'Intérieur, Police nationale", "health": "Ministère de la Santé",
           "parliament": "Parlement", "finance": "Ministère des Finances", "migration": "Direction des migrations",
           "social": "Ministère des Affaires sociales", "publish": "Ministère des Affaires étrangères"},
    "es": {"justice": "Ministerio de Justicia, Dirección General de Instituciones Penitenciarias",
           "interior": "Ministerio del Interior, Policía Nacional", "health": "Ministerio de Salud",
           "parliament": "Asamblea Legislativa", "finance": "Ministerio de Hacienda",
           "migration": "Dirección General de Migración", "social": "Ministerio de Asuntos Sociales",
           "publish": "Ministerio de Relaciones Exteriores"},
}
NPM_SELF = {"en": "The NPM", "fr": "Le MNP", "es": "El MNP"}
# The text of a recommendation, by where it comes from: the SPT's report to the State or to the NPM,
# or the NPM's own report.
REC_BODY = {
    "spt": {"en": "The Subcommittee recommends to the State party ({authority}): {text}.",
            "fr": "Le Sous-comité recommande à l'État partie ({authority}) : {text}.",
            "es": "El Subcomité recomienda al Estado parte ({authority}): {text}."},
    "spt_npm": {"en": "The Subcommittee recommends to the national preventive mechanism: {text}.",
                "fr": "Le Sous-comité recommande au mécanisme national de prévention : {text}.",
                "es": "El Subcomité recomienda al mecanismo nacional de prevención: {text}."},
    "npm": {"en": "The NPM recommends ({authority}): {text}.", "fr": "Le MNP recommande ({authority}) : {text}.",
            "es": "El MNP recomienda ({authority}): {text}."},
}

# Requests for the SPT's advice under art. 11(1)(b): request type -> (article, {lang: (title, question)}).
ADVICE: dict[str, tuple[str, dict[str, tuple[str, str]]]] = {
    "interpretation": ("11(1)(b)(ii)", {
        "en": ("Does the OPCAT cover places run by private companies?",
               "Does article 4 cover {theme} in places run by private companies under contract with the State?"),
        "fr": ("Le Protocole couvre-t-il les lieux gérés par des sociétés privées ?",
               "L'article 4 s'applique-t-il à {theme} dans les lieux gérés par des sociétés privées ?"),
        "es": ("¿Cubre el Protocolo los lugares gestionados por empresas privadas?",
               "¿Se aplica el artículo 4 a {theme} en lugares gestionados por empresas privadas?")}),
    "methodology": ("11(1)(b)(ii)", {
        "en": ("Advice on a methodology for visits on {theme}",
               "Could the Subcommittee share its methodology for monitoring {theme}?"),
        "fr": ("Avis sur une méthodologie de visite : {theme}",
               "Le Sous-comité pourrait-il partager sa méthodologie de contrôle concernant {theme} ?"),
        "es": ("Asesoramiento sobre una metodología de visita: {theme}",
               "¿Podría el Subcomité compartir su metodología de supervisión sobre {theme}?")}),
    "mandate": ("11(1)(b)(iii)", {
        "en": ("Advice on the NPM's mandate over social care homes",
               "Are social care homes where residents cannot leave at will within the NPM's mandate?"),
        "fr": ("Avis sur le mandat du MNP dans les EHPAD",
               "Les EHPAD dont les résidents ne peuvent sortir librement relèvent-ils du mandat du MNP ?"),
        "es": ("Asesoramiento sobre el mandato del MNP en las residencias",
               "¿Entran en el mandato del MNP las residencias que los residentes no pueden abandonar libremente?")}),
    "legislation": ("11(1)(b)(iv)", {
        "en": ("Advice on the draft law amending the NPM's founding act",
               "The draft law would place the NPM's budget under the ministry it monitors. Is this compatible "
               "with article 18?"),
        "fr": ("Avis sur le projet de loi modifiant la loi instituant le MNP",
               "Le projet placerait le budget du MNP sous la tutelle du ministère contrôlé. Est-ce compatible "
               "avec l'article 18 ?"),
        "es": ("Asesoramiento sobre el proyecto de ley que modifica la ley de creación del MNP",
               "El proyecto situaría el presupuesto del MNP bajo el ministerio supervisado. ¿Es compatible con "
               "el artículo 18?")}),
}
ADVICE_ANSWERS = {
    "en": "The Subcommittee considers that the question falls within the preventive mandate set out in the Optional "
          "Protocol and encourages the NPM to pursue it with the authorities.",
    "fr": "Le Sous-comité estime que la question relève du mandat préventif défini par le Protocole facultatif et "
          "encourage le MNP à la poursuivre avec les autorités.",
    "es": "El Subcomité considera que la cuestión forma parte del mandato preventivo establecido en el Protocolo "
          "Facultativo y alienta al MNP a tratarla con las autoridades.",
}

NPM_REPORT_TITLES = {
    "en": ("Report on the visit to {place} ({year})", "Follow-up visit to {place} ({year})",
           "Thematic report: {theme}"),
    "fr": ("Rapport de visite : {place} ({year})", "Visite de suivi : {place} ({year})",
           "Rapport thématique : {theme}"),
    "es": ("Informe de visita: {place} ({year})", "Visita de seguimiento: {place} ({year})",
           "Informe temático: {theme}"),
}
STATE_REPLY = {"en": "Reply of the State party to the SPT's report ({year})",
               "fr": "Réponse de l'État partie au rapport du SPT ({year})",
               "es": "Respuesta del Estado parte al informe del SPT ({year})"}
NPM_REPLY = {"en": "NPM reply to the SPT's report ({year})", "fr": "Réponse du MNP au rapport du SPT ({year})",
             "es": "Respuesta del MNP al informe del SPT ({year})"}

# statement type -> {lang: title}
STATEMENTS: dict[str, dict[str, str]] = {
    "npm_network": {"en": "Joint statement of the regional NPM network on {theme}",
                    "fr": "Déclaration commune du réseau régional des MNP sur {theme}",
                    "es": "Declaración conjunta de la red regional de MNP sobre {theme}"},
    "spt_public_advice": {"en": "SPT advice to States parties and NPMs on {theme}",
                          "fr": "Avis du SPT aux États parties et aux MNP : {theme}",
                          "es": "Asesoramiento del SPT a los Estados partes y MNP: {theme}"},
    "joint": {"en": "Joint statement with the national human rights institution on {theme}",
              "fr": "Déclaration conjointe avec l'institution nationale des droits de l'homme : {theme}",
              "es": "Declaración conjunta con la institución nacional de derechos humanos: {theme}"},
    "npm_own": {"en": "Public statement of the NPM after its visit to {place}",
                "fr": "Déclaration publique du MNP après sa visite à {place}",
                "es": "Declaración pública del MNP tras su visita a {place}"},
}

REPRISAL_CASE = {
    "spt_visit": {"en": "Alleged reprisal after the SPT visit: {alias}",
                  "fr": "Représailles alléguées après la visite du SPT : {alias}",
                  "es": "Presuntas represalias tras la visita del SPT: {alias}"},
    "npm_visit": {"en": "Alleged reprisal after an NPM visit to {place}: {alias}",
                  "fr": "Représailles alléguées après une visite du MNP à {place} : {alias}",
                  "es": "Presuntas represalias tras una visita del MNP a {place}: {alias}"},
    "npm_staff": {"en": "Pressure on a member of the NPM's staff: {alias}",
                  "fr": "Pressions sur un membre du personnel du MNP : {alias}",
                  "es": "Presiones sobre un miembro del personal del MNP: {alias}"},
}
REPRISAL_FACTS = {
    "en": "{name} spoke with the delegation in private. Some days later {name} was {measure}.",
    "fr": "{name} s'est entretenu(e) en privé avec la délégation. Quelques jours plus tard, {name} a été {measure}.",
    "es": "{name} habló en privado con la delegación. Días después, {name} fue {measure}.",
}
MEASURES = {
    "en": {"intimidation": "warned by staff not to speak again", "transfer": "transferred to a distant prison",
           "sanction": "placed in a disciplinary cell", "loss_of_privileges": "deprived of family visits",
           "threat": "threatened by a guard", "dismissal": "dismissed from the prison workshop"},
    "fr": {"intimidation": "mis(e) en garde par le personnel", "transfer": "transféré(e) dans une prison éloignée",
           "sanction": "placé(e) au quartier disciplinaire", "loss_of_privileges": "privé(e) de parloirs",
           "threat": "menacé(e) par un surveillant", "dismissal": "exclu(e) de l'atelier de la prison"},
    "es": {"intimidation": "advertido(a) por el personal", "transfer": "trasladado(a) a una prisión lejana",
           "sanction": "enviado(a) a una celda de castigo", "loss_of_privileges": "privado(a) de visitas familiares",
           "threat": "amenazado(a) por un funcionario", "dismissal": "excluido(a) del taller de la prisión"},
}

UPDATE_ART17 = {"en": "Article 17 list: {country} no longer listed since the NPM's designation",
                "fr": "Liste de l'article 17 : {country} n'y figure plus depuis la désignation du MNP",
                "es": "Lista del artículo 17: {country} ya no figura desde la designación del MNP"}
UPDATE_CAT = {"en": "The article 16(4) procedure: when the CAT may make a public statement",
              "fr": "La procédure de l'article 16(4) : quand le CAT peut faire une déclaration publique",
              "es": "El procedimiento del artículo 16(4): cuándo el CAT puede hacer una declaración pública"}
NPM_ADVICE = {"en": "Advice from the NPM of {country} on {theme}", "fr": "Conseils du MNP ({country}) : {theme}",
              "es": "Asesoramiento del MNP de {country} sobre {theme}"}
NPM_NAME = {"en": "National Preventive Mechanism", "fr": "Mécanisme national de prévention",
            "es": "Mecanismo Nacional de Prevención"}
# What the NPM saw when it assessed a recommendation.
EVIDENCE = {
    "en": ("Seen at the follow-up visit to {place}: the measure applies in part of the facility only.",
           "The ministry's reply describes a plan but gives no dates or budget.",
           "Registers checked at {place} were complete for the last three months.",
           "No change observed since the report; the authorities cite a lack of funds."),
    "fr": ("Constaté lors de la visite de suivi à {place} : la mesure ne s'applique qu'à une partie du lieu.",
           "La réponse du ministère décrit un plan, sans calendrier ni budget.",
           "Les registres vérifiés à {place} étaient complets pour les trois derniers mois.",
           "Aucun changement depuis le rapport ; les autorités invoquent un manque de moyens."),
    "es": ("Observado en la visita de seguimiento a {place}: la medida solo se aplica en parte del centro.",
           "La respuesta del ministerio describe un plan, sin plazos ni presupuesto.",
           "Los registros verificados en {place} estaban completos para los últimos tres meses.",
           "Sin cambios desde el informe; las autoridades alegan falta de recursos."),
}

# Arabic, Russian and Portuguese (lang_*.py).
for _table, _name in ((REC_STATE, "REC_STATE"), (REC_NPM, "REC_NPM"), (AUTHORITIES, "AUTHORITIES"),
                      (NPM_SELF, "NPM_SELF"), (ADVICE_ANSWERS, "ADVICE_ANSWERS"),
                      (NPM_REPORT_TITLES, "NPM_REPORT_TITLES"), (STATE_REPLY, "STATE_REPLY"), (NPM_REPLY, "NPM_REPLY"),
                      (REPRISAL_FACTS, "REPRISAL_FACTS"), (MEASURES, "MEASURES"), (UPDATE_ART17, "UPDATE_ART17"),
                      (UPDATE_CAT, "UPDATE_CAT"), (NPM_ADVICE, "NPM_ADVICE"), (NPM_NAME, "NPM_NAME"),
                      (EVIDENCE, "EVIDENCE")):
    _table.update(by_lang(_name))
for _nested, _name in ((REC_BODY, "REC_BODY"), (STATEMENTS, "STATEMENTS"), (REPRISAL_CASE, "REPRISAL_CASE")):
    nested(_nested, _name)
for _kind, (_article, _texts) in ADVICE.items():
    _texts.update({code: bank[_kind] for code, bank in by_lang("ADVICE").items()})
