#!/usr/bin/env python3
"""Generate the Word corpus documents tests/corpus/docx-*.docx.

Each document is written with python-docx (`pip install python-docx`) the way a lawyer's Word
file is built: the Title and Heading 1/2 styles, a real multi-level list definition in
word/numbering.xml ("Article 4 –" / "4.2" / "a)"), bullet lists from the List Bullet style and
tables for the processing description and the sub-processor list. The zip is then rewritten with
fixed timestamps so that running the script twice gives identical bytes.

Usage: python3 tests/corpus/tools/make_docx_corpus.py   (from any directory)
"""

import datetime
import io
import pathlib
import zipfile

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

CORPUS = pathlib.Path(__file__).resolve().parent.parent
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)
# Ids above those of python-docx's default template (0-9).
ABSTRACT_NUM_ID = 50

# Blocks of a document:
#   ("title", text)            Title style
#   ("article", text)          Heading 1, numbered at list level 0 ("Article 3 –" / "3.")
#   ("heading", text)          Heading 1 without number (annexes, schedules)
#   ("subheading", text)       Heading 2 without number
#   ("p", text)                Normal paragraph
#   ("clause", text)           Normal paragraph numbered at level 1 ("3.2")
#   ("item", text)             Normal paragraph numbered at level 2 ("a)" / "(a)")
#   ("bullet", text)           List Bullet style
#   ("table", header, rows)    Table Grid table, bold header row


def multilevel_numbering(level_texts, level_formats):
    """An abstract list definition (w:abstractNum) with one level per pattern."""
    levels = []
    for index, (text, fmt) in enumerate(zip(level_texts, level_formats)):
        indent = 360 * index
        levels.append(
            f'<w:lvl w:ilvl="{index}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{indent + 567}" w:hanging="567"/></w:pPr></w:lvl>'
        )
    return parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ABSTRACT_NUM_ID}">'
        f'<w:multiLevelType w:val="multilevel"/>{"".join(levels)}</w:abstractNum>'
    )


def number(paragraph, num_id, level):
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id


def build(blocks, level_texts, level_formats, title, author, date):
    document = Document()
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(10.5)
    properties = document.core_properties
    properties.title = title
    properties.author = author
    properties.last_modified_by = author
    properties.created = date
    properties.modified = date
    properties.revision = 1

    numbering = document.part.numbering_part.element
    # The schema wants every w:abstractNum before the first w:num.
    first_num = numbering.find(qn("w:num"))
    definition = multilevel_numbering(level_texts, level_formats)
    if first_num is not None:
        first_num.addprevious(definition)
    else:
        numbering.append(definition)
    num_id = numbering.add_num(ABSTRACT_NUM_ID).numId

    for block in blocks:
        kind = block[0]
        if kind == "title":
            document.add_heading(block[1], level=0)
        elif kind == "article":
            number(document.add_heading(block[1], level=1), num_id, 0)
        elif kind == "heading":
            document.add_heading(block[1], level=1)
        elif kind == "subheading":
            document.add_heading(block[1], level=2)
        elif kind == "p":
            document.add_paragraph(block[1])
        elif kind == "clause":
            number(document.add_paragraph(block[1]), num_id, 1)
        elif kind == "item":
            number(document.add_paragraph(block[1]), num_id, 2)
        elif kind == "bullet":
            document.add_paragraph(block[1], style="List Bullet")
        elif kind == "table":
            header, rows = block[1], block[2]
            table = document.add_table(rows=1 + len(rows), cols=len(header))
            table.style = "Table Grid"
            for column, text in enumerate(header):
                cell = table.rows[0].cells[column]
                cell.text = text
                for run in cell.paragraphs[0].runs:
                    run.bold = True
            for row_index, row in enumerate(rows, start=1):
                for column, text in enumerate(row):
                    table.rows[row_index].cells[column].text = text
            document.add_paragraph("")
        else:
            raise ValueError(f"unknown block kind {kind!r}")
    return document


def save_reproducibly(document, path):
    """Save with fixed zip timestamps and a fixed entry order, so the bytes never change."""
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source:
        entries = [(info.filename, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w") as target:
        for name, content in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, content)
    size = path.stat().st_size
    if size >= 100_000:
        raise SystemExit(f"{path.name} is {size} bytes; corpus .docx files must stay under 100 KB")
    print(f"wrote {path.relative_to(CORPUS.parent.parent)} ({size} bytes)")


AVENANT_HEBERGEMENT = [
    ("title", "Avenant n° 2 au contrat d'infogérance et d'hébergement — Protection des données à caractère personnel"),
    ("p", "ENTRE : Éditions du Pont-Neuf SAS, société par actions simplifiée au capital de 520 000 euros, immatriculée au registre du commerce et des sociétés de Paris sous le numéro 438 919 027, dont le siège social est situé 11, quai de Conti, 75006 Paris, représentée par Madame Claire Aubenas, directrice générale (ci-après le « Client »),"),
    ("p", "ET : Cirrhus Infogérance SAS, société par actions simplifiée au capital de 300 000 euros, immatriculée au registre du commerce et des sociétés de Rennes sous le numéro 879 300 512, dont le siège social est situé 22, rue de Saint-Malo, 35000 Rennes, représentée par Monsieur Yann Le Gall, président (ci-après le « Prestataire »)."),
    ("subheading", "Préambule"),
    ("p", "Par un contrat signé le 2 juin 2023 (le « Contrat »), le Client a confié au Prestataire l'hébergement, l'exploitation et la maintenance de son site de vente en ligne de livres et de revues ainsi que de l'application de gestion de ses abonnés. Un premier avenant du 14 mars 2024 a étendu le périmètre à l'environnement de recette."),
    ("p", "L'exécution du Contrat conduit le Prestataire à traiter des données à caractère personnel pour le compte du Client. Le présent avenant remplace l'article 14 du Contrat, dont les stipulations relatives aux données personnelles étaient devenues insuffisantes, et met le Contrat en conformité avec l'article 28 du règlement (UE) 2016/679 (« RGPD »)."),
    ("article", "Objet de l'avenant"),
    ("clause", "Le présent avenant définit les conditions dans lesquelles le Prestataire traite, pour le compte du Client, les données à caractère personnel hébergées sur les infrastructures qu'il exploite dans le cadre du Contrat."),
    ("clause", "Les stipulations du présent avenant prévalent sur toute stipulation contraire du Contrat et de ses annexes en ce qui concerne la protection des données à caractère personnel. Les autres stipulations du Contrat demeurent inchangées."),
    ("article", "Description des traitements"),
    ("clause", "Objet : hébergement en infogérance du site de vente en ligne du Client, de l'application de gestion des abonnés et de leurs bases de données, supervision, sauvegarde et maintien en condition opérationnelle et de sécurité."),
    ("clause", "Nature des opérations : hébergement, stockage, sauvegarde et restauration, copie vers l'environnement de recette après pseudonymisation, consultation ponctuelle par les administrateurs pour les besoins du support, suppression."),
    ("clause", "Finalité : permettre au Client d'exploiter sa boutique en ligne et de gérer ses abonnements ; le Prestataire n'exploite pas les données pour une autre finalité."),
    ("clause", "Catégories de données : identité et coordonnées des clients et des abonnés (nom, prénom, adresse postale, adresse électronique, téléphone), identifiants de compte, historique des commandes et des abonnements, état des paiements, à l'exclusion des numéros de carte bancaire, qui sont traités directement par le prestataire de paiement du Client ; journaux techniques de connexion."),
    ("clause", "Personnes concernées : clients et abonnés du Client, destinataires d'abonnements offerts, utilisateurs du site, salariés du Client disposant d'un compte d'administration."),
    ("clause", "Durée : les traitements sont réalisés pendant toute la durée du Contrat et jusqu'à l'achèvement des opérations prévues à l'article 12."),
    ("article", "Instructions du Client"),
    ("clause", "Le Prestataire ne traite les données que sur instruction documentée du Client. Le Contrat, le présent avenant et les demandes écrites adressées par le Client via l'outil de tickets du Prestataire constituent ces instructions."),
    ("clause", "Le Prestataire informe immédiatement le Client si, selon lui, une instruction constitue une violation du RGPD ou d'autres dispositions du droit de l'Union ou du droit français relatives à la protection des données."),
    ("clause", "Si le droit de l'Union ou le droit français impose au Prestataire un traitement non prévu par les instructions du Client, il en informe le Client avant ce traitement, sauf si ce droit l'interdit pour des motifs importants d'intérêt public."),
    ("article", "Personnel du Prestataire"),
    ("clause", "Le Prestataire veille à ce que ses administrateurs et techniciens autorisés à accéder aux données soient liés par un engagement de confidentialité figurant dans leur contrat de travail ou dans un engagement spécifique, qui survit à la fin de leur mission."),
    ("clause", "Seuls les membres de l'équipe d'exploitation affectés au Client disposent d'un accès aux bases de données de production ; la liste de ces personnes est communiquée au Client sur demande et revue chaque trimestre."),
    ("article", "Sécurité"),
    ("clause", "Le Prestataire met en œuvre les mesures techniques et organisationnelles appropriées prévues par l'article 32 du RGPD, et au minimum les mesures suivantes :"),
    ("item", "chiffrement des volumes de stockage et des sauvegardes en AES-256, les clés étant générées et conservées dans le service de gestion de clés du Prestataire, séparément des données, et renouvelées chaque année ;"),
    ("item", "chiffrement de tous les flux entre les utilisateurs et le site, et entre les serveurs, au moyen du protocole TLS 1.2 ou supérieur ;"),
    ("item", "accès d'administration exclusivement au travers d'un bastion, avec authentification multifacteur et enregistrement des sessions ;"),
    ("item", "conservation des mots de passe des comptes abonnés de l'application historique sous forme d'empreintes SHA-1 salées, jusqu'à la migration de cette application prévue au second semestre 2026 ;"),
    ("item", "journalisation des accès aux bases de données et conservation des journaux pendant douze mois ;"),
    ("item", "sauvegardes quotidiennes répliquées sur un second site en France, conservées trente jours, avec un test de restauration chaque trimestre ;"),
    ("item", "test d'intrusion annuel du site et de l'application de gestion des abonnés par un prestataire qualifié, et correction des vulnérabilités critiques sous dix jours ;"),
    ("item", "environnement de recette alimenté uniquement par des données pseudonymisées."),
    ("clause", "Le Prestataire maintient pendant toute la durée du Contrat sa certification ISO/IEC 27001 couvrant l'hébergement et l'infogérance. Il communique au Client, sur simple demande, une copie du certificat en vigueur et la synthèse du dernier test d'intrusion."),
    ("article", "Sous-traitants ultérieurs"),
    ("clause", "Le Client autorise de manière générale le Prestataire à recourir aux sous-traitants ultérieurs figurant sur la liste annexée au présent avenant, qui précise pour chacun le pays, la prestation confiée et les garanties applicables."),
    ("clause", "Le Prestataire informe le Client par écrit de tout projet d'ajout ou de remplacement d'un sous-traitant ultérieur au moins trente (30) jours avant sa mise en œuvre. Le Client peut s'y opposer dans un délai de quinze (15) jours ; dans ce cas, le Prestataire ne recourt pas au sous-traitant ultérieur envisagé et, à défaut de solution dans les trente jours, le Client peut résilier le Contrat sans pénalité."),
    ("clause", "Le Prestataire impose à chaque sous-traitant ultérieur, par contrat, les mêmes obligations en matière de protection des données que celles du présent avenant, y compris l'obligation de lui notifier toute violation de données à caractère personnel dans un délai de vingt-quatre (24) heures après en avoir pris connaissance."),
    ("clause", "Le Prestataire demeure pleinement responsable envers le Client de l'exécution par ses sous-traitants ultérieurs de leurs obligations."),
    ("article", "Transferts"),
    ("clause", "Le Prestataire ne transfère les données hors de l'Espace économique européen que sur instruction documentée du Client et dans le respect du chapitre V du RGPD. Les seuls transferts autorisés sont ceux mentionnés dans la liste annexée."),
    ("article", "Droits des personnes concernées"),
    ("clause", "Le Prestataire aide le Client, dans toute la mesure du possible, à répondre aux demandes d'exercice des droits des personnes concernées, notamment en procédant sur instruction aux extractions, rectifications et suppressions que l'interface de l'application ne permet pas."),
    ("clause", "Toute demande reçue directement par le Prestataire est transmise au Client dans un délai de deux (2) jours ouvrés, sans réponse du Prestataire à la personne concernée."),
    ("article", "Assistance"),
    ("clause", "Le Prestataire aide le Client à réaliser les analyses d'impact relatives à la protection des données qui portent sur les traitements hébergés et, le cas échéant, à consulter préalablement la CNIL, en lui fournissant la description de l'architecture et des mesures de sécurité."),
    ("article", "Violations de données à caractère personnel"),
    ("clause", "Le Prestataire notifie au Client toute violation de données à caractère personnel dans un délai de 3 jours ouvrés après en avoir pris connaissance."),
    ("clause", "La notification est adressée à l'adresse rgpd@editions-pontneuf.example et doublée d'un appel à la ligne d'astreinte du Client. Elle décrit la nature de la violation, les catégories et le nombre approximatif de personnes et d'enregistrements concernés, le point de contact du Prestataire, les conséquences probables et les mesures prises ou proposées ; les éléments manquants sont transmis dès qu'ils sont connus."),
    ("clause", "Le Prestataire aide le Client à notifier la violation à la CNIL et, si nécessaire, à la communiquer aux personnes concernées."),
    ("article", "Audits"),
    ("clause", "Le Prestataire met à la disposition du Client toutes les informations nécessaires pour démontrer le respect du présent avenant."),
    ("clause", "Le Client peut faire réaliser, par ses équipes ou par un auditeur qu'il mandate, des audits, y compris des inspections sur site dans les centres de données et les locaux d'exploitation, auxquels le Prestataire contribue."),
    ("clause", "Les audits sont annoncés avec un préavis de trente (30) jours, réduit à deux jours ouvrés en cas de violation de données à caractère personnel ou de demande de la CNIL. Le Client peut réaliser un audit par an, et un audit supplémentaire après toute violation."),
    ("clause", "L'ensemble des frais liés aux audits, y compris le temps passé par les équipes du Prestataire, facturé selon la grille tarifaire en vigueur, est à la charge du Client, quel que soit le résultat de l'audit."),
    ("article", "Fin des traitements"),
    ("clause", "À la fin du Contrat, le Prestataire, au choix du Client, restitue les données sous la forme d'une copie complète des bases de données et des fichiers, ou les supprime, dans un délai de trente (30) jours ; la restitution est suivie de la suppression des copies, y compris dans les sauvegardes à l'expiration de leur durée de conservation."),
    ("article", "Durée"),
    ("clause", "Le présent avenant prend effet à la date de sa signature et suit le sort du Contrat. Ses stipulations relatives à la confidentialité et au sort des données survivent à la fin du Contrat."),
    ("heading", "Annexe — Liste des sous-traitants ultérieurs autorisés"),
    ("table", ["Sous-traitant ultérieur", "Pays", "Prestation", "Garanties"], [
        ["Datacentre Armor SAS", "France", "Hébergement physique des serveurs (colocation), Rennes", "EEE, aucun transfert"],
        ["Sauvegardes Loire SARL", "France", "Stockage des sauvegardes chiffrées, Nantes", "EEE, aucun transfert"],
        ["Kestrel Monitoring Ltd", "Irlande", "Supervision et alertes", "EEE, aucun transfert"],
        ["Pagerfox Inc.", "", "Gestion des astreintes et escalade des alertes", "CCT 2021/914 module 3, analyse d'impact du 2 février 2026"],
    ]),
    ("p", "Fait à Paris, le 9 avril 2026, en deux exemplaires. Pour le Client : Claire Aubenas. Pour le Prestataire : Yann Le Gall."),
]

PAYROLL_SERVICES = [
    ("title", "Data Processing Agreement — Payroll Services"),
    ("p", "Effective date: 1 April 2026"),
    ("p", "This Data Processing Agreement (the \"DPA\") is entered into between Orchard & Vale Hospitality B.V., a private limited company registered with the Netherlands Chamber of Commerce under number 71234981, having its registered office at Prinsengracht 410, 1016 JB Amsterdam, the Netherlands (the \"Customer\"), and Ledgerline Payroll Services Limited, a company incorporated in Ireland under company number 645112, having its registered office at 30 Fitzwilliam Place, Dublin 2, D02 XK82, Ireland (\"Ledgerline\")."),
    ("p", "The Customer has engaged Ledgerline under a Payroll Services Agreement dated 1 April 2026 (the \"Services Agreement\") to calculate, administer and pay the salaries of the Customer's employees working in its hotels and restaurants in the Netherlands. This DPA sets out the terms on which Ledgerline processes personal data on the Customer's behalf in accordance with Article 28 of the General Data Protection Regulation (EU) 2016/679 (\"GDPR\")."),
    ("article", "Definitions and interpretation"),
    ("clause", "\"Customer Personal Data\" means the personal data described in Schedule 1 that Ledgerline processes on behalf of the Customer under the Services Agreement."),
    ("clause", "\"Personal Data Breach\" means a breach of security leading to the accidental or unlawful destruction, loss, alteration, unauthorised disclosure of, or access to, Customer Personal Data."),
    ("clause", "\"Sub-processor\" means any processor engaged by Ledgerline to process Customer Personal Data."),
    ("clause", "Terms used but not defined in this DPA, including \"controller\", \"processor\", \"data subject\" and \"supervisory authority\", have the meanings given in the GDPR. If this DPA conflicts with the Services Agreement, this DPA prevails."),
    ("article", "Scope and details of processing"),
    ("clause", "The Customer is the controller and Ledgerline is the processor of Customer Personal Data."),
    ("clause", "The subject matter, duration, nature and purpose of the processing, the types of Customer Personal Data and the categories of data subjects are set out in Schedule 1."),
    ("clause", "Ledgerline shall not process Customer Personal Data for its own purposes. In particular, Ledgerline shall not use Customer Personal Data to build salary benchmarks, to train or improve any statistical or machine-learning model, or to offer financial products to the Customer's employees."),
    ("article", "Instructions"),
    ("clause", "Ledgerline shall process Customer Personal Data only on the documented instructions of the Customer, including with regard to transfers to a third country. The Services Agreement, this DPA and the payroll calendar and change requests submitted by the Customer's HR department through the Ledgerline portal constitute the Customer's instructions."),
    ("clause", "Ledgerline shall immediately inform the Customer if, in its opinion, an instruction infringes the GDPR or other Union or Member State data protection provisions."),
    ("clause", "Where Union or Member State law requires Ledgerline to process Customer Personal Data otherwise than on the Customer's instructions, for example to report to the tax authorities in its own name, Ledgerline shall inform the Customer of that legal requirement before processing, unless that law prohibits such information on important grounds of public interest."),
    ("article", "Personnel"),
    ("clause", "Ledgerline shall ensure that persons authorised to process Customer Personal Data have committed themselves to confidentiality or are under an appropriate statutory obligation of confidentiality."),
    ("clause", "Access to Customer Personal Data is restricted to the payroll specialists assigned to the Customer and to named system administrators, on a need-to-know basis. Access rights are reviewed every quarter and removed on the day a person leaves the team."),
    ("article", "Security"),
    ("clause", "Ledgerline shall implement the technical and organisational measures required by Article 32 GDPR, including at least the measures in Schedule 2."),
    ("clause", "Customer Personal Data is encrypted at rest with AES-256 and in transit with TLS 1.2 or higher. Encryption keys are held in a cloud hardware security module administered by Ledgerline's security team, separately from the data, and rotated every twelve months."),
    ("clause", "Ledgerline commissions an independent penetration test of the payroll platform and the employee portal every twelve months and remediates critical findings within fourteen days."),
    ("clause", "Ledgerline holds an ISO/IEC 27001:2013 certificate for its payroll operations, issued on 1 April 2022 and valid until 31 March 2025. Ledgerline shall provide a copy of the certificate and the executive summary of its latest penetration test to the Customer on request."),
    ("article", "Sub-processors"),
    ("clause", "The Customer gives Ledgerline a general written authorisation to engage Sub-processors. The Sub-processors authorised on the effective date are listed in Schedule 3."),
    ("clause", "Ledgerline shall notify the Customer by e-mail of any intended addition or replacement of a Sub-processor at least ten (10) days before the change takes effect."),
    ("clause", "The Customer may object to the change on reasonable data protection grounds within the notice period. If the Customer objects, Ledgerline shall not use the new Sub-processor for the Customer's payroll; if no alternative is agreed within thirty days, the Customer may terminate the affected services without penalty."),
    ("clause", "Ledgerline shall impose on each Sub-processor, by written contract, the same data protection obligations as those in this DPA, including an obligation to notify Ledgerline of any Personal Data Breach within twenty-four (24) hours after becoming aware of it."),
    ("clause", "Ledgerline remains fully liable to the Customer for the performance of each Sub-processor's obligations."),
    ("article", "International transfers"),
    ("clause", "Ledgerline shall not transfer Customer Personal Data outside the European Economic Area except on the Customer's documented instructions and in accordance with Chapter V GDPR. The transfers authorised on the effective date are listed in Schedule 3."),
    ("clause", "For the transfer to Manila Payroll Operations Inc. in the Philippines, Ledgerline and that Sub-processor have entered into the standard contractual clauses adopted by Commission Implementing Decision (EU) 2021/914, Module Two. Ledgerline carried out a transfer impact assessment dated 20 January 2026, which it shall make available to the Customer on request."),
    ("article", "Data subject rights"),
    ("clause", "Taking into account the nature of the processing, Ledgerline shall assist the Customer by appropriate technical and organisational measures, insofar as possible, in responding to requests from employees exercising their data subject rights, including by producing payroll records and correcting data on the Customer's instruction."),
    ("clause", "Ledgerline shall forward to the Customer any request it receives directly from a data subject within two (2) business days and shall not respond to it except on the Customer's instruction."),
    ("article", "Assistance"),
    ("clause", "Ledgerline shall assist the Customer in ensuring compliance with Articles 32 to 36 GDPR, in particular with data protection impact assessments and prior consultation of the supervisory authority, taking into account the nature of processing and the information available to Ledgerline."),
    ("article", "Personal data breaches"),
    ("clause", "Ledgerline shall notify the Customer of any Personal Data Breach without undue delay after becoming aware of it."),
    ("clause", "The notification shall be sent to the Customer's data protection officer at privacy@orchardvale.example and confirmed by telephone to the Customer's HR director. Ledgerline's point of contact for the breach is its security desk at security@ledgerline.example."),
    ("clause", "The notification shall describe the nature of the breach, including where possible the categories and approximate number of data subjects and records concerned; the name and contact details of Ledgerline's point of contact; the likely consequences of the breach; and the measures taken or proposed to address it and mitigate its possible adverse effects. Information not yet available shall be provided in phases without undue further delay."),
    ("clause", "Ledgerline shall assist the Customer in notifying the breach to the supervisory authority and, where required, in communicating it to the affected employees."),
    ("article", "Audits"),
    ("clause", "Ledgerline shall make available to the Customer all information necessary to demonstrate compliance with this DPA and Article 28 GDPR."),
    ("clause", "Ledgerline shall allow for and contribute to audits conducted by the Customer or an independent auditor mandated by the Customer. Audits shall be conducted remotely by document review, video interviews and screen-sharing sessions. On-site inspections of Ledgerline's premises, data centres and those of its Sub-processors are excluded."),
    ("clause", "The Customer shall give thirty (30) days' notice of an audit, reduced to five (5) business days after a Personal Data Breach or at the request of a supervisory authority. The Customer may conduct one audit per calendar year and an additional audit after any Personal Data Breach."),
    ("clause", "Each party bears its own audit costs, except that Ledgerline shall reimburse the auditor's reasonable fees if the audit reveals a material breach of this DPA."),
    ("article", "Return and deletion"),
    ("clause", "At the end of the Services Agreement, Ledgerline shall, at the Customer's choice, return all Customer Personal Data to the Customer in a structured, commonly used and machine-readable format, or delete it, within thirty (30) days, and delete existing copies unless Union or Member State law requires their storage, in particular under the tax record-keeping rules that apply to payroll records."),
    ("clause", "Ledgerline shall certify the deletion in writing to the Customer within fifteen (15) days after it is completed."),
    ("article", "Term and governing law"),
    ("clause", "This DPA remains in force for as long as Ledgerline processes Customer Personal Data. It is governed by the laws of the Netherlands, and the courts of Amsterdam have exclusive jurisdiction."),
    ("heading", "Schedule 1 — Details of processing"),
    ("table", ["Item", "Description"], [
        ["Subject matter", "Payroll calculation, payment and reporting for the Customer's employees in the Netherlands"],
        ["Duration", "Term of the Services Agreement, then until return or deletion under clause 12"],
        ["Nature", "Collection from the Customer's HR system, storage, calculation, generation of payslips and payment files, transmission to banks, the tax authority and pension funds, archiving"],
        ["Purpose", "Payment of salaries, statutory tax and social security reporting, pension contributions, provision of payslips to employees"],
        ["Types of personal data", "Identification and contact data, citizen service number (BSN), date of birth, bank account number (IBAN), salary, allowances, tax and social security data, pension scheme data, periods of sickness absence"],
        ["Categories of data subjects", "Current and former employees, temporary staff and interns of the Customer"],
        ["Special categories", "Periods of sickness absence (data concerning health, Article 9 GDPR), without any diagnosis or medical details; access restricted to two named payroll specialists"],
    ]),
    ("heading", "Schedule 2 — Technical and organisational measures"),
    ("bullet", "Encryption: AES-256 at rest for databases, file storage and backups; TLS 1.2 or higher for all connections; encrypted laptops."),
    ("bullet", "Key management: keys in a cloud hardware security module, administered by two named security engineers, rotated every twelve months."),
    ("bullet", "Access control: single sign-on with multi-factor authentication for all staff and for the employee portal; quarterly access reviews."),
    ("bullet", "Logging: all access to payroll records logged and retained for twelve months; alerts on bulk exports."),
    ("bullet", "Resilience: daily backups replicated to a second Irish data centre; restore tests every quarter."),
    ("bullet", "Testing: annual independent penetration test; monthly vulnerability scanning."),
    ("bullet", "Organisation: information security policy, annual staff training, background checks for payroll specialists."),
    ("heading", "Schedule 3 — Authorised Sub-processors"),
    ("table", ["Sub-processor", "Country", "Purpose", "Transfer mechanism"], [
        ["Corrib Data Centres Ltd", "IE", "Hosting of the payroll platform and backups", "EEA"],
        ["Bankline Gateway B.V.", "NL", "Transmission of payment files to banks", "EEA"],
        ["Docusend GmbH", "DE", "Employee payslip portal", "EEA"],
        ["Manila Payroll Operations Inc.", "PH", "Second-line validation of payroll calculations", "SCC 2021/914 Module Two, TIA dated 2026-01-20"],
    ]),
    ("p", "Signed for Orchard & Vale Hospitality B.V. by Marieke de Boer, Managing Director, and for Ledgerline Payroll Services Limited by Conor Walsh, Chief Executive Officer."),
]

CENTRE_APPELS = [
    ("title", "Accord de sous-traitance — Campagnes d'appels sortants"),
    ("p", "Le présent accord est conclu le 4 mai 2026 entre Énergies Solidaires du Rhône SA, société anonyme immatriculée au registre du commerce et des sociétés de Lyon sous le numéro 509 881 226, dont le siège social est situé 70, cours Gambetta, 69007 Lyon (ci-après « ESR » ou le « Client »), et Cartésia Contact SAS, société par actions simplifiée immatriculée au registre du commerce et des sociétés de Saint-Étienne sous le numéro 821 004 377, dont le siège social est situé 3, place Jean-Jaurès, 42000 Saint-Étienne (ci-après « Cartésia »)."),
    ("p", "ESR fournit de l'électricité d'origine renouvelable à des particuliers. Par un contrat de prestations du même jour, ESR a confié à Cartésia la réalisation de campagnes d'appels sortants auprès de prospects ayant demandé à être rappelés ou ayant accepté d'être contactés par ESR, ainsi que la prise de rendez-vous pour des conseillers en rénovation énergétique."),
    ("article", "Objet"),
    ("clause", "Le présent accord encadre les traitements de données à caractère personnel réalisés par Cartésia pour le compte d'ESR dans le cadre des campagnes, conformément à l'article 28 du règlement (UE) 2016/679 (« RGPD »)."),
    ("clause", "ESR agit en qualité de responsable du traitement et Cartésia en qualité de sous-traitant."),
    ("clause", "En cas de contradiction entre le présent accord et le contrat de prestations, le présent accord prévaut pour tout ce qui concerne la protection des données à caractère personnel."),
    ("article", "Description du traitement"),
    ("p", "Les caractéristiques du traitement sont les suivantes :"),
    ("table", ["Élément", "Description"], [
        ["Objet", "Appels sortants de prospection et de rappel, qualification des demandes, prise de rendez-vous pour les conseillers d'ESR"],
        ["Durée", "Durée du contrat de prestations (douze mois renouvelables), puis jusqu'à la restitution prévue à l'article 12"],
        ["Nature", "Réception des fichiers de prospects, consultation, appels, enregistrement des réponses et des appels, transmission des rendez-vous et des refus à ESR"],
        ["Finalité", "Présentation des offres d'ESR, qualification des projets de rénovation, prise de rendez-vous, prise en compte des oppositions"],
        ["Catégories de données", "Nom, prénom, adresse, numéro de téléphone, type de logement, mode de chauffage, consommation annuelle estimée, réponses au questionnaire de qualification, enregistrement des appels"],
        ["Personnes concernées", "Prospects d'ESR ayant demandé un rappel ou accepté d'être contactés"],
    ]),
    ("article", "Instructions"),
    ("clause", "Cartésia ne traite les données que sur instruction documentée d'ESR. Les scripts d'appel, le calendrier des campagnes et les consignes écrites du responsable marketing d'ESR constituent ces instructions."),
    ("clause", "Cartésia n'appelle aucun numéro inscrit sur la liste d'opposition au démarchage téléphonique ni aucune personne ayant manifesté son opposition auprès d'ESR ; ESR lui transmet chaque semaine la liste des oppositions."),
    ("clause", "Cartésia informe immédiatement ESR si, selon elle, une instruction constitue une violation du RGPD ou du code de la consommation."),
    ("clause", "Les appels ne sont enregistrés qu'après information du prospect en début d'appel, aux seules fins du contrôle de la qualité des appels et de la preuve de l'acceptation des rendez-vous. Un prospect qui refuse l'enregistrement est appelé sans enregistrement."),
    ("article", "Confidentialité"),
    ("clause", "Cartésia veille à ce que les téléconseillers et superviseurs autorisés à traiter les données aient signé un engagement de confidentialité et soient formés aux règles du démarchage téléphonique et de la protection des données."),
    ("clause", "Les téléconseillers n'accèdent qu'aux fiches des campagnes auxquelles ils sont affectés ; aucune extraction de fichier n'est possible depuis leurs postes."),
    ("article", "Sécurité"),
    ("clause", "Cartésia met en œuvre les mesures techniques et organisationnelles appropriées prévues par l'article 32 du RGPD, notamment :"),
    ("item", "les fichiers de prospects sont transmis par ESR sur une plateforme d'échange sécurisée, les échanges étant protégés par le protocole TLS 1.2 ;"),
    ("item", "les enregistrements des appels sont conservés sous forme chiffrée pendant trois mois, puis supprimés ;"),
    ("item", "l'accès à l'outil de gestion des campagnes requiert une authentification à deux facteurs ;"),
    ("item", "les accès aux fiches et aux enregistrements sont journalisés et les journaux conservés six mois ;"),
    ("item", "un test d'intrusion de l'outil de gestion des campagnes est réalisé chaque année par un prestataire externe."),
    ("clause", "Cartésia maintient sa certification ISO/IEC 27001 pendant toute la durée du contrat et en remet une copie à ESR sur demande."),
    ("article", "Sous-traitance ultérieure"),
    ("clause", "ESR autorise de manière générale Cartésia à recourir aux sous-traitants ultérieurs figurant en annexe."),
    ("clause", "Cartésia informe ESR par écrit de tout ajout ou remplacement d'un sous-traitant ultérieur au moins trente (30) jours à l'avance."),
    ("clause", "ESR peut faire part de ses observations dans un délai de quinze (15) jours suivant cette information. Cartésia tient compte de ces observations mais demeure seule juge du choix de ses sous-traitants ultérieurs."),
    ("clause", "Cartésia impose à ses sous-traitants ultérieurs, par contrat, les mêmes obligations en matière de protection des données que celles du présent accord, y compris la notification de toute violation de données à Cartésia dans un délai de douze (12) heures."),
    ("clause", "Cartésia demeure pleinement responsable à l'égard d'ESR de l'exécution de leurs obligations par ses sous-traitants ultérieurs."),
    ("article", "Transferts hors de l'Union européenne"),
    ("clause", "Une partie des appels est réalisée depuis le centre d'appels d'Atlas Relation Client SARL à Casablanca (Maroc). Ce transfert est encadré par les clauses contractuelles types adoptées par la décision d'exécution (UE) 2021/914, module 3, conclues entre Cartésia et Atlas Relation Client SARL."),
    ("clause", "Aucun autre transfert hors de l'Union européenne n'est autorisé sans instruction écrite préalable d'ESR."),
    ("article", "Droits des personnes concernées"),
    ("clause", "Cartésia enregistre immédiatement dans l'outil de campagne toute opposition exprimée par un prospect au cours d'un appel et la transmet à ESR le jour même."),
    ("clause", "Cartésia aide ESR à répondre aux demandes d'accès, de rectification et d'effacement des prospects, et lui transmet dans un délai de deux jours ouvrés toute demande qu'elle reçoit directement."),
    ("clause", "Lorsqu'un prospect demande, au cours d'un appel, l'origine de ses coordonnées, le téléconseiller lui indique qu'il appelle pour le compte d'ESR, précise la source mentionnée dans le fichier transmis par ESR et lui communique l'adresse du délégué à la protection des données d'ESR."),
    ("article", "Registre et coopération"),
    ("clause", "Cartésia tient un registre des catégories d'activités de traitement effectuées pour le compte d'ESR et coopère avec la CNIL à la demande de celle-ci."),
    ("article", "Violations de données à caractère personnel"),
    ("clause", "Cartésia notifie à ESR toute violation de données à caractère personnel dans un délai de vingt-quatre (24) heures après en avoir pris connaissance, par courriel à dpo@energies-solidaires.example et par téléphone au responsable de la sécurité d'ESR."),
    ("clause", "La notification précise la nature de la violation, les catégories et le nombre approximatif de personnes et d'enregistrements concernés, le point de contact de Cartésia, les conséquences probables et les mesures prises ou envisagées. Les informations manquantes sont communiquées dès qu'elles sont disponibles."),
    ("clause", "Cartésia aide ESR à notifier la violation à la CNIL et, le cas échéant, à en informer les personnes concernées."),
    ("article", "Audits"),
    ("clause", "Cartésia met à la disposition d'ESR toutes les informations nécessaires pour démontrer le respect du présent accord."),
    ("clause", "ESR ou un auditeur qu'elle mandate peut réaliser des audits, y compris des inspections sur place dans les centres d'appels de Cartésia et de ses sous-traitants ultérieurs, moyennant un préavis de quinze (15) jours, sans préavis en cas de violation de données ou de plainte d'un prospect, et au plus une fois par an hors ces cas."),
    ("clause", "Chaque partie supporte ses frais ; Cartésia rembourse les frais de l'auditeur lorsque l'audit révèle un manquement."),
    ("article", "Fin des traitements"),
    ("clause", "À la fin du contrat, Cartésia, selon le choix d'ESR, restitue les fichiers de prospects, les résultats des campagnes et les enregistrements encore conservés, ou les supprime, dans un délai de quinze (15) jours, puis supprime toutes les copies, y compris chez ses sous-traitants ultérieurs. Cartésia atteste par écrit de la suppression."),
    ("article", "Durée et résiliation"),
    ("clause", "Le présent accord s'applique pendant toute la durée du contrat de prestations et, au-delà, tant que Cartésia ou ses sous-traitants ultérieurs conservent des données pour le compte d'ESR."),
    ("clause", "En cas de manquement de Cartésia au présent accord, ESR peut suspendre sans délai les campagnes en cours jusqu'à ce qu'il y soit remédié. Si le manquement n'est pas corrigé dans un délai de trente jours, ou s'il est grave ou répété, ESR peut résilier le contrat de prestations de plein droit, sans indemnité."),
    ("article", "Responsabilité"),
    ("clause", "Chaque partie répond des conséquences des manquements qui lui sont imputables, dans les conditions de l'article 82 du RGPD. Cartésia garantit ESR contre les conséquences des appels passés en méconnaissance de la liste d'opposition ou des instructions d'ESR."),
    ("article", "Droit applicable"),
    ("clause", "Le présent accord est régi par le droit français. Les litiges relatifs à son interprétation ou à son exécution relèvent de la compétence du tribunal de commerce de Lyon."),
    ("heading", "Annexe — Sous-traitants ultérieurs autorisés"),
    ("table", ["Sous-traitant ultérieur", "Pays", "Finalité", "Mécanisme de transfert"], [
        ["Numéris Téléphonie SAS", "France", "Plateforme de téléphonie et enregistrement des appels", "EEE"],
        ["Hexacloud SAS", "France", "Hébergement de l'outil de gestion des campagnes", "EEE"],
        ["Atlas Relation Client SARL", "Maroc", "Centre d'appels de débordement", "CCT 2021/914 module 3"],
    ]),
    ("p", "Fait à Lyon, le 4 mai 2026. Pour ESR : Mathilde Roux, directrice générale. Pour Cartésia : Karim Bensaïd, président."),
]

DOCUMENTS = [
    ("docx-fr-avenant-hebergement.docx", AVENANT_HEBERGEMENT, ["Article %1 –", "%1.%2", "%3)"],
     "Avenant n° 2 — Protection des données", "Cirrhus Infogérance", datetime.datetime(2026, 4, 9, 9, 0)),
    ("docx-en-payroll-services.docx", PAYROLL_SERVICES, ["%1.", "%1.%2", "(%3)"],
     "Data Processing Agreement — Payroll Services", "Ledgerline Legal", datetime.datetime(2026, 4, 1, 9, 0)),
    ("docx-fr-centre-appels-energie.docx", CENTRE_APPELS, ["Article %1 –", "%1.%2", "%3)"],
     "Accord de sous-traitance — Campagnes d'appels sortants", "Énergies Solidaires du Rhône", datetime.datetime(2026, 5, 4, 9, 0)),
]


def main():
    for name, blocks, level_texts, title, author, date in DOCUMENTS:
        document = build(blocks, level_texts, ["decimal", "decimal", "lowerLetter"], title, author, date)
        save_reproducibly(document, CORPUS / name)


if __name__ == "__main__":
    main()
