"""The demo vault's phrase banks in Portuguese (the records of an NPM of Brazil, Cabo Verde,
Mozambique or Portugal): the same tables, keys and placeholders as text.py, phrases.py, visits.py
and kinds.py have for English, French and Spanish (demo/languages.py merges them)."""

from __future__ import annotations

LANGUAGE_NAME = "Portuguese"
THEMES = ("sobrelotação", "isolamento em cela", "cuidados de saúde na prisão", "mulheres privadas de liberdade",
          "crianças privadas de liberdade", "uso da força pela polícia", "acesso a um advogado",
          "condições nas esquadras de polícia", "migrantes detidos", "tratamento psiquiátrico involuntário")
T = {
    "comm": ("Pedido de reunião durante a sessão de {session}", "Seguimento da visita a {place}",
             "Informação sobre {theme} ({country})", "Convite para o nosso seminário regional sobre {theme}",
             "Acesso recusado a {place}", "Projeto de programa da videoconferência",
             "Comentários sobre as diretrizes", "Pergunta sobre o nosso relatório anual"),
    "update_compliance": ("Corte orçamental do MNP ({country})", "Acesso bloqueado a {place}",
                          "Projeto de lei que ameaça a independência do MNP", "Pressões sobre o pessoal do MNP"),
    "update_thematic": ("Novidades sobre {theme}", "Novo estabelecimento de detenção: {place}",
                        "Nota temática: {theme}"),
    "reprisal": ("Verificação de represálias em {place}", "Regresso a {place} após a visita do SPT"),
    "fund": ("Candidatura ao Fundo Especial {year}: {purpose}",),
    "annual": ("Relatório anual {year}",),
    "reminder": ("Enviar o relatório anual ao SPT", "Consultar o programa de visitas do SPT",
                 "Preparar a candidatura ao Fundo Especial", "Rever os prazos de conservação",
                 "Acompanhar as recomendações pendentes", "Responder ao relator para o país"),
    "sentences": (
        "O MNP visitou {place} várias vezes este ano.",
        "Agradeceríamos o parecer do Subcomité ao abrigo do artigo {article}.",
        "A situação relativa a {theme} ({country}) continua a ser preocupante.",
        "A nossa delegação reuniu-se com as autoridades para discutir as recomendações.",
        "As pessoas detidas entrevistadas em privado descreveram em pormenor as suas condições de detenção.",
        "O ministério ainda não respondeu à nossa carta.",
        "Propomos tratar este assunto na próxima sessão em Genebra.",
        "Pedimos que esta informação seja tratada como confidencial.",
        "O orçamento atribuído ao mecanismo voltou a ser reduzido.",
        "Uma visita conjunta com o SPT poderia centrar-se em {theme}.",
        "{person} participará na reunião em nome do MNP.",
        "O anexo contém a lista dos locais visitados e as nossas principais conclusões.",
    ),
    "purpose": ("aplicação das recomendações do SPT", "programa de formação do MNP"),
}
REPORT_TITLES = {
    "visit_report_to_state": "Visita ({country}, {year}): recomendações e observações dirigidas ao Estado Parte",
    "report_to_npm": "Visita ({country}, {year}): recomendações e aconselhamento dirigidos ao mecanismo nacional "
                     "de prevenção",
    "npm_reply": "Resposta do MNP ao relatório do SPT",
    "state_reply": "Resposta do Estado ao relatório do SPT",
    "annual_report_spt": "Relatório anual do SPT {year}",
    "guidance": "Orientações do SPT: {theme}",
}
OUTCOMES = ("Sem sinais de represálias; as pessoas entrevistadas confirmaram que não foram interrogadas.",
            "Uma pessoa foi transferida para outra ala depois de falar com o SPT.",
            "Foram acordados os próximos passos e a data da próxima troca.")
SESSIONS = ("fevereiro", "junho", "novembro")

REC_STATE = (
    ("justice", "Reduzir a sobrelotação em {place}"),
    ("justice", "Garantir um exame médico à entrada de cada pessoa detida"),
    ("interior", "Registar cada pessoa detida pela polícia desde a primeira hora"),
    ("interior", "Garantir o acesso a um advogado desde o início da detenção policial"),
    ("interior", "Formar os agentes de polícia sobre {theme}"),
    ("health", "Pôr fim à contenção mecânica em {place}"),
    ("health", "Assegurar cuidados de saúde independentes em todos os locais de detenção"),
    ("parliament", "Proteger por lei contra represálias quem fala com o MNP"),
    ("finance", "Garantir a independência financeira e operacional do MNP"),
    ("justice", "Separar as crianças dos adultos em todos os locais de detenção"),
    ("migration", "Recorrer à detenção de migrantes apenas como último recurso"),
    ("social", "Criar um procedimento de queixa independente nos lares"),
    ("publish", "Publicar o relatório de visita do SPT"),
    ("interior", "Instalar gravação vídeo nas salas de interrogatório das esquadras"),
)
REC_NPM = ("Adotar uma metodologia de visita a instituições psiquiátricas",
           "Acompanhar sistematicamente as recomendações",
           "Planear as visitas com base numa análise de riscos", "Incluir um médico em cada equipa de visita",
           "Proteger as pessoas entrevistadas contra represálias após cada visita",
           "Tornar público o relatório anual do MNP", "Reforçar o diálogo com as autoridades sobre {theme}")
AUTHORITIES = {"justice": "Ministério da Justiça, Direção-Geral dos Serviços Prisionais",
               "interior": "Ministério da Administração Interna, Polícia", "health": "Ministério da Saúde",
               "parliament": "Assembleia", "finance": "Ministério das Finanças",
               "migration": "Serviço de Migração", "social": "Ministério dos Assuntos Sociais",
               "publish": "Ministério dos Negócios Estrangeiros"}
NPM_SELF = "O MNP"
REC_BODY = {"spt": "O Subcomité recomenda ao Estado Parte ({authority}): {text}.",
            "spt_npm": "O Subcomité recomenda ao mecanismo nacional de prevenção: {text}.",
            "npm": "O MNP recomenda ({authority}): {text}."}
ADVICE = {
    "interpretation": ("O Protocolo abrange os locais geridos por empresas privadas?",
                       "O artigo 4 aplica-se a {theme} em locais geridos por empresas privadas contratadas "
                       "pelo Estado?"),
    "methodology": ("Parecer sobre uma metodologia de visita: {theme}",
                    "Poderia o Subcomité partilhar a sua metodologia de monitorização sobre {theme}?"),
    "mandate": ("Parecer sobre o mandato do MNP nos lares",
                "Os lares que os residentes não podem abandonar livremente estão abrangidos pelo mandato do MNP?"),
    "legislation": ("Parecer sobre o projeto de lei que altera a lei de criação do MNP",
                    "O projeto colocaria o orçamento do MNP sob o ministério que este fiscaliza. É compatível com o "
                    "artigo 18?"),
}
ADVICE_ANSWERS = ("O Subcomité considera que a questão se insere no mandato preventivo estabelecido no Protocolo "
                  "Facultativo e encoraja o MNP a prossegui-la junto das autoridades.")
NPM_REPORT_TITLES = ("Relatório da visita a {place} ({year})", "Visita de seguimento a {place} ({year})",
                     "Relatório temático: {theme}")
STATE_REPLY = "Resposta do Estado Parte ao relatório do SPT ({year})"
NPM_REPLY = "Resposta do MNP ao relatório do SPT ({year})"
STATEMENTS = {"npm_network": "Declaração conjunta da rede regional de MNP sobre {theme}",
              "spt_public_advice": "Parecer do SPT aos Estados Partes e aos MNP: {theme}",
              "joint": "Declaração conjunta com a instituição nacional de direitos humanos: {theme}",
              "npm_own": "Declaração pública do MNP após a sua visita a {place}"}
REPRISAL_CASE = {"spt_visit": "Alegadas represálias após a visita do SPT: {alias}",
                 "npm_visit": "Alegadas represálias após uma visita do MNP a {place}: {alias}",
                 "npm_staff": "Pressões sobre um membro do pessoal do MNP: {alias}"}
REPRISAL_FACTS = "{name} falou em privado com a delegação. Dias depois, {name} foi {measure}."
MEASURES = {"intimidation": "advertido(a) pelo pessoal", "transfer": "transferido(a) para uma prisão distante",
            "sanction": "colocado(a) numa cela disciplinar", "loss_of_privileges": "privado(a) de visitas familiares",
            "threat": "ameaçado(a) por um guarda", "dismissal": "excluído(a) da oficina da prisão"}
UPDATE_ART17 = "Lista do artigo 17: {country} deixou de figurar desde a designação do MNP"
UPDATE_CAT = "O procedimento do artigo 16(4): quando o CAT pode fazer uma declaração pública"
NPM_ADVICE = "Aconselhamento do MNP ({country}) sobre {theme}"
NPM_NAME = "Mecanismo Nacional de Prevenção"
EVIDENCE = ("Observado na visita de seguimento a {place}: a medida só se aplica a parte do estabelecimento.",
            "A resposta do ministério descreve um plano, sem prazos nem orçamento.",
            "Os registos verificados em {place} estavam completos para os últimos três meses.",
            "Sem alterações desde o relatório; as autoridades alegam falta de meios.")
FOREIGN_MINISTRY = "Ministério dos Negócios Estrangeiros"
NETWORK = "Rede regional de MNP ({region})"
NPM_OF = "MNP ({country})"
PUBLISHED_IN = "Relatório anual do SPT {year}, anexo"
STEP_TITLES = {
    "background_sent": "Informação de contexto para a visita do SPT",
    "national_actors_suggested": "Atores nacionais com quem o SPT se deveria reunir",
    "opening_meeting": "Reunião de abertura com a delegação do SPT",
    "joint_visits": "Visita conjunta com o SPT: {place}",
    "final_discussion": "Reunião final com as autoridades",
    "private_meeting": "Reunião privada entre o SPT e o MNP",
    "press_release": "Comunicado de imprensa do SPT no final da visita",
    "tripartite_dialogue": "Diálogo tripartido sobre as recomendações da visita",
}
VISIT_TITLES = {
    "country_visit": "Visita do SPT ({country}, {year})",
    "follow_up_visit": "Visita de seguimento do SPT ({country}, {year})",
    "npm_advisory_visit": "Visita consultiva do SPT ao MNP ({year})",
    "opcat_advisory_visit": "Visita consultiva OPCAT do SPT ({year})",
}
