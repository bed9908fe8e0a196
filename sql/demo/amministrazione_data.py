"""The demo content of the Amministrazione section (fictional people of the
fictional Comune di Valdimonte), read by amministrazione_gen.py."""

ADDR = 'Piazza del Municipio, 1 - 50099 Valdimonte'
AREAS = [
    ('area-affari-generali', 'Area Affari generali e servizi demografici',
     'Segreteria, protocollo, anagrafe, stato civile, elettorale e relazioni con il pubblico.',
     "L'area cura il funzionamento degli organi di governo e i servizi demografici:\n\n"
     "- segreteria generale, protocollo e archivio;\n- anagrafe, stato civile ed elettorale;\n"
     "- Ufficio relazioni con il pubblico e comunicazione istituzionale.",
     ADDR, '0577 900100', 'affarigenerali@comune.valdimonte.it'),
    ('area-economico-finanziaria', 'Area Economico-finanziaria',
     'Bilancio, contabilità, tributi, economato e società partecipate.',
     "L'area predispone il bilancio e ne controlla l'andamento, gestisce le entrate tributarie "
     "e segue le società e gli enti partecipati dal Comune.",
     ADDR, '0577 900200', 'ragioneria@comune.valdimonte.it'),
    ('area-tecnica', 'Area Tecnica e del territorio',
     'Lavori pubblici, manutenzioni, urbanistica, edilizia privata, ambiente e attività produttive.',
     "L'area progetta e realizza le opere pubbliche, cura la manutenzione del patrimonio comunale, "
     "pianifica l'uso del territorio e rilascia i titoli edilizi e le autorizzazioni alle imprese.",
     'Via dei Mulini, 14 - 50099 Valdimonte', '0577 900600', 'areatecnica@comune.valdimonte.it'),
    ('area-servizi-alla-persona', 'Area Servizi alla persona',
     'Scuola e servizi educativi, politiche sociali, cultura, turismo e sport.',
     "L'area sostiene le famiglie e le persone fragili, organizza i servizi scolastici e "
     "promuove la vita culturale e sportiva della comunità.",
     'Via Roma, 22 - 50099 Valdimonte', '0577 900400', 'servizipersona@comune.valdimonte.it'),
    ('area-vigilanza', 'Area Vigilanza',
     'Polizia locale, sicurezza urbana, viabilità e protezione civile.',
     "L'area garantisce il controllo del territorio, la sicurezza stradale e il coordinamento "
     "della protezione civile comunale.",
     'Via della Stazione, 3 - 50099 Valdimonte', '0577 900300', 'poliziamunicipale@comune.valdimonte.it'),
]
OFFICES = [
    ('ufficio-anagrafe-e-stato-civile', 'area-affari-generali'), ('urp', 'area-affari-generali'),
    ('ufficio-elettorale', 'area-affari-generali'), ('ufficio-tributi', 'area-economico-finanziaria'),
    ('sportello-unico-edilizia', 'area-tecnica'), ('suap', 'area-tecnica'), ('ufficio-ambiente', 'area-tecnica'),
    ('ufficio-lavori-pubblici', 'area-tecnica'), ('ufficio-servizi-educativi', 'area-servizi-alla-persona'),
    ('ufficio-servizi-sociali', 'area-servizi-alla-persona'), ('ufficio-cultura-e-sport', 'area-servizi-alla-persona'),
    ('polizia-locale', 'area-vigilanza'),
]


def pol(slug, given, family, summary, bio, comp=''):
    return (slug, given, family, 'politico', summary, bio, comp, '', '', True)


PEOPLE = [
    ('elena-marchetti', 'Elena', 'Marchetti', 'politico', 'Sindaca del Comune di Valdimonte dal 2024.',
     "Nata a Valdimonte nel 1972, laureata in giurisprudenza all'Università di Siena, è avvocata "
     "amministrativista. È stata consigliera comunale dal 2019 al 2024 e presidente della Pro Loco.\n\n"
     "Eletta sindaca nel giugno 2024 con la lista civica *Valdimonte in comune*.",
     "La Sindaca rappresenta il Comune, convoca e presiede la Giunta, sovrintende al funzionamento "
     "degli uffici e all'esecuzione degli atti. Ha mantenuto le deleghe a personale, protezione civile "
     "e rapporti istituzionali.", 'sindaco@comune.valdimonte.it', '0577 900001', True),
    ('paolo-benedetti', 'Paolo', 'Benedetti', 'politico', 'Vicesindaco, assessore al bilancio e ai tributi.',
     "Dottore commercialista, 54 anni, è revisore dei conti di enti del terzo settore. Al secondo mandato "
     "in Giunta.", "Bilancio, tributi, patrimonio e società partecipate.",
     'p.benedetti@comune.valdimonte.it', '0577 900002', True),
    pol('chiara-lombardi', 'Chiara', 'Lombardi', 'Assessora alla scuola e alle politiche sociali.',
        "Insegnante di scuola primaria, da vent'anni volontaria nelle associazioni di sostegno alle famiglie.",
        "Scuola e servizi educativi, politiche sociali, pari opportunità."),
    pol('marco-galli', 'Marco', 'Galli', 'Assessore ai lavori pubblici e all\'urbanistica.',
        "Ingegnere civile, ha lavorato per quindici anni nella progettazione di infrastrutture stradali.",
        "Lavori pubblici, manutenzioni, urbanistica ed edilizia privata."),
    pol('francesca-rinaldi', 'Francesca', 'Rinaldi', 'Assessora all\'ambiente e alla mobilità.',
        "Biologa, lavora in un'agenzia regionale per la protezione dell'ambiente.",
        "Ambiente, rifiuti, verde pubblico, mobilità sostenibile."),
    pol('stefano-moretti', 'Stefano', 'Moretti', 'Assessore alla cultura, al turismo e allo sport.',
        "Musicista e organizzatore di eventi, ha diretto per dieci anni il festival estivo di Valdimonte.",
        "Cultura, biblioteca, turismo, sport e associazionismo."),
    pol('laura-fontana', 'Laura', 'Fontana', 'Assessora alle attività produttive e alla partecipazione.',
        "Titolare di un'azienda agricola, è stata presidente del consorzio dei produttori della valle.",
        "Attività produttive, commercio, agricoltura, partecipazione e trasparenza."),
    pol('giorgio-bellini', 'Giorgio', 'Bellini', 'Presidente del Consiglio comunale.',
        "Medico di medicina generale in pensione, consigliere comunale dal 2014."),
    pol('anna-caruso', 'Anna', 'Caruso', 'Consigliera comunale, capogruppo di maggioranza.', "Farmacista."),
    pol('roberto-ferri', 'Roberto', 'Ferri', 'Consigliere comunale.', "Artigiano edile."),
    pol('silvia-greco', 'Silvia', 'Greco', 'Consigliera comunale.', "Architetta."),
    pol('davide-mancini', 'Davide', 'Mancini', 'Consigliere comunale.', "Impiegato di banca."),
    pol('martina-barbieri', 'Martina', 'Barbieri', 'Consigliera comunale.', "Studentessa universitaria di economia."),
    pol('alessandro-testa', 'Alessandro', 'Testa', 'Consigliere comunale, capogruppo di minoranza.', "Avvocato."),
    pol('giulia-serra', 'Giulia', 'Serra', 'Consigliera comunale.', "Infermiera all'ospedale della valle."),
    pol('luca-pellegrini', 'Luca', 'Pellegrini', 'Consigliere comunale.', "Agronomo."),
    pol('federica-sala', 'Federica', 'Sala', 'Consigliera comunale.', "Commerciante."),
    pol('matteo-cattaneo', 'Matteo', 'Cattaneo', 'Consigliere comunale.', "Geometra."),
    pol('sara-fabbri', 'Sara', 'Fabbri', 'Consigliera comunale.', "Educatrice."),
    ('maria-grazia-conti', 'Maria Grazia', 'Conti', 'personale', 'Segretaria generale del Comune.',
     "Segretaria comunale dal 2005, in servizio a Valdimonte dal 2021.",
     "Assiste gli organi di governo, roga i contratti, coordina i responsabili delle aree ed è responsabile "
     "della prevenzione della corruzione e della trasparenza.", 'segretario@comune.valdimonte.it', '0577 900010', True),
    ('andrea-vitale', 'Andrea', 'Vitale', 'personale', 'Responsabile dell\'Area Affari generali e servizi demografici.',
     '', "Coordina l'anagrafe, lo stato civile, l'elettorale e l'URP; è ufficiale d'anagrafe.",
     'a.vitale@comune.valdimonte.it', '0577 900101', True),
    ('patrizia-monti', 'Patrizia', 'Monti', 'personale', 'Responsabile dell\'Area Economico-finanziaria.',
     '', "Bilancio, contabilità, tributi ed economato.", 'p.monti@comune.valdimonte.it', '0577 900201', True),
    ('claudio-ricci', 'Claudio', 'Ricci', 'personale', 'Responsabile dell\'Area Tecnica e del territorio.',
     '', "Opere pubbliche, manutenzioni, urbanistica, edilizia privata, SUAP e ambiente.",
     'c.ricci@comune.valdimonte.it', '0577 900601', True),
    ('valentina-orlando', 'Valentina', 'Orlando', 'personale', 'Responsabile dell\'Area Servizi alla persona.',
     '', "Servizi educativi e scolastici, servizi sociali, cultura, turismo e sport.",
     'v.orlando@comune.valdimonte.it', '0577 900401', True),
    ('fabio-de-santis', 'Fabio', 'De Santis', 'personale', 'Comandante della Polizia locale.',
     '', "Dirige il corpo di Polizia locale e coordina la protezione civile comunale.",
     'comandante.pl@comune.valdimonte.it', '0577 900301', True),
    ('simona-neri', 'Simona', 'Neri', 'personale', 'Istruttrice dell\'Ufficio relazioni con il pubblico.',
     '', "Accoglie le richieste dei cittadini, le segnalazioni e i reclami.", 'urp@comune.valdimonte.it', '0577 900000', True),
]
M = '2024-06-10'
G = '2024-06-20'
ROLES = [
    ('elena-marchetti', 'Sindaca', 'sindaco', 'Personale, protezione civile, rapporti istituzionali', None, None, M, None, 0),
    ('elena-marchetti', 'Consigliera comunale', 'consiglio', '', None, None, '2019-05-27', '2024-06-09', 9),
    ('paolo-benedetti', 'Vicesindaco e assessore', 'giunta', 'Bilancio, tributi, patrimonio, società partecipate', None, 'area-economico-finanziaria', G, None, 1),
    ('chiara-lombardi', 'Assessora', 'giunta', 'Scuola e servizi educativi, politiche sociali, pari opportunità', None, 'area-servizi-alla-persona', G, None, 2),
    ('marco-galli', 'Assessore', 'giunta', 'Lavori pubblici, manutenzioni, urbanistica, edilizia privata', None, 'area-tecnica', G, None, 3),
    ('francesca-rinaldi', 'Assessora', 'giunta', 'Ambiente, rifiuti, verde pubblico, mobilità', 'ufficio-ambiente', None, G, None, 4),
    ('stefano-moretti', 'Assessore', 'giunta', 'Cultura, turismo, sport, associazionismo', 'ufficio-cultura-e-sport', None, G, None, 5),
    ('laura-fontana', 'Assessora', 'giunta', 'Attività produttive, commercio, agricoltura, partecipazione e trasparenza', 'suap', None, G, None, 6),
    ('giorgio-bellini', 'Presidente del Consiglio comunale', 'consiglio', '', None, None, M, None, 1),
] + [(s, t, 'consiglio', '', None, None, M, None, i) for i, (s, t) in enumerate([
    ('anna-caruso', 'Consigliera comunale'), ('roberto-ferri', 'Consigliere comunale'),
    ('silvia-greco', 'Consigliera comunale'), ('davide-mancini', 'Consigliere comunale'),
    ('martina-barbieri', 'Consigliera comunale'), ('alessandro-testa', 'Consigliere comunale'),
    ('giulia-serra', 'Consigliera comunale'), ('luca-pellegrini', 'Consigliere comunale'),
    ('federica-sala', 'Consigliera comunale'), ('matteo-cattaneo', 'Consigliere comunale'),
    ('sara-fabbri', 'Consigliera comunale')], 2)] + [
    ('maria-grazia-conti', 'Segretaria generale', '', '', None, 'area-affari-generali', '2021-02-01', None, 0),
    ('andrea-vitale', 'Responsabile dell\'area', '', '', 'ufficio-anagrafe-e-stato-civile', 'area-affari-generali', '2018-01-01', None, 1),
    ('patrizia-monti', 'Responsabile dell\'area', '', '', 'ufficio-tributi', 'area-economico-finanziaria', '2016-09-01', None, 1),
    ('claudio-ricci', 'Responsabile dell\'area', '', '', 'ufficio-lavori-pubblici', 'area-tecnica', '2019-03-01', None, 1),
    ('valentina-orlando', 'Responsabile dell\'area', '', '', 'ufficio-servizi-sociali', 'area-servizi-alla-persona', '2020-05-01', None, 1),
    ('fabio-de-santis', 'Comandante', '', '', 'polizia-locale', 'area-vigilanza', '2017-07-01', None, 1),
    ('simona-neri', 'Istruttrice amministrativa', '', '', 'urp', None, '2022-10-01', None, 2),
]


def doc(slug, title, dtype, summary, desc, prot, pdate, pub, off, area, person=None, files=None):
    if files is None:
        files = [('Documento in formato PDF', slug + '.pdf', None)]
    return (slug, title, dtype, summary, desc, prot, pdate, pub, off, area, person, True, files)


CV = [('elena-marchetti', 'Elena Marchetti'), ('paolo-benedetti', 'Paolo Benedetti'),
      ('chiara-lombardi', 'Chiara Lombardi'), ('marco-galli', 'Marco Galli'),
      ('francesca-rinaldi', 'Francesca Rinaldi'), ('stefano-moretti', 'Stefano Moretti'),
      ('laura-fontana', 'Laura Fontana')]
DOCS = [doc(f'curriculum-{s}', f'Curriculum vitae di {n}', 'Curriculum vitae',
            f'Il curriculum vitae di {n}, pubblicato ai sensi dell\'art. 14 del d.lgs. 33/2013.',
            '', '', None, '2024-07-15', None, None, s) for s, n in CV] + [
    doc('statuto-comunale', 'Statuto del Comune di Valdimonte', 'Atti normativi',
        'Lo Statuto comunale aggiornato con le modifiche approvate dal Consiglio nel 2025.',
        "Lo Statuto stabilisce le norme fondamentali dell'organizzazione del Comune: gli organi di governo, "
        "la partecipazione dei cittadini, il difensore civico e i referendum.", '2025/4410', '2025-04-28', '2025-05-05',
        'urp', 'area-affari-generali'),
    doc('regolamento-consiglio-comunale', 'Regolamento del Consiglio comunale', 'Atti normativi',
        'Le regole di funzionamento del Consiglio: convocazioni, sedute, interrogazioni e commissioni.',
        '', '2024/9120', '2024-10-14', '2024-10-21', None, 'area-affari-generali'),
    doc('regolamento-tari-2026', 'Regolamento per l\'applicazione della TARI', 'Atti normativi',
        'Tariffe, riduzioni ed esenzioni della tassa sui rifiuti dal 1° gennaio 2026.',
        "Il regolamento disciplina la tassa sui rifiuti: soggetti passivi, **riduzioni** per il compostaggio "
        "domestico e per le utenze non domestiche che avviano a riciclo i propri rifiuti.", '2025/11873', '2025-12-18', '2025-12-22',
        'ufficio-tributi', 'area-economico-finanziaria'),
    doc('regolamento-imu', 'Regolamento dell\'imposta municipale propria (IMU)', 'Atti normativi',
        'Aliquote, detrazioni e modalità di versamento dell\'IMU.', '', '2025/2201', '2025-02-26', '2025-03-03',
        'ufficio-tributi', 'area-economico-finanziaria'),
    doc('regolamento-polizia-urbana', 'Regolamento di polizia urbana', 'Atti normativi',
        'Le regole di convivenza civile negli spazi pubblici: decoro, quiete, animali.', '', '2024/7740', '2024-09-09', '2024-09-16',
        'polizia-locale', 'area-vigilanza'),
    doc('regolamento-edilizio', 'Regolamento edilizio comunale', 'Atti normativi',
        'Le norme per gli interventi edilizi nel territorio comunale.', '', '2023/5512', '2023-06-19', '2023-06-26',
        'sportello-unico-edilizia', 'area-tecnica'),
    doc('bilancio-di-previsione-2026-2028', 'Bilancio di previsione 2026-2028', 'Documenti di programmazione e rendicontazione',
        'Il bilancio di previsione approvato dal Consiglio comunale il 18 dicembre 2025.',
        "Il documento contiene le entrate e le spese previste per i prossimi tre anni e il piano delle opere pubbliche.",
        '2025/11870', '2025-12-18', '2025-12-22', 'ufficio-tributi', 'area-economico-finanziaria',
        files=[('Bilancio di previsione', 'bilancio-di-previsione-2026-2028.pdf', None),
               ('Nota integrativa', 'nota-integrativa-2026-2028.pdf', None)]),
    doc('rendiconto-2025', 'Rendiconto della gestione 2025', 'Documenti di programmazione e rendicontazione',
        'Il rendiconto dell\'esercizio 2025: risultati, avanzo e indicatori.', '', '2026/4021', '2026-04-29', '2026-05-04',
        'ufficio-tributi', 'area-economico-finanziaria'),
    doc('documento-unico-di-programmazione-2026', 'Documento unico di programmazione 2026-2028', 'Documenti di programmazione e rendicontazione',
        'Gli obiettivi strategici e operativi dell\'amministrazione per il triennio.', '', '2025/6633', '2025-07-30', '2025-08-04',
        None, 'area-economico-finanziaria'),
    doc('piano-triennale-opere-pubbliche', 'Programma triennale dei lavori pubblici 2026-2028', 'Documenti di programmazione e rendicontazione',
        'Le opere pubbliche previste: scuole, strade, illuminazione e impianti sportivi.', '', '2025/10500', '2025-11-20', '2025-11-25',
        'ufficio-lavori-pubblici', 'area-tecnica'),
    doc('piao-2026-2028', 'Piano integrato di attività e organizzazione (PIAO) 2026-2028', 'Documenti funzionamento interno',
        'Performance, anticorruzione, trasparenza e fabbisogni di personale in un unico piano.', '', '2026/0980', '2026-01-29', '2026-01-31',
        None, 'area-affari-generali'),
    doc('codice-di-comportamento', 'Codice di comportamento dei dipendenti', 'Documenti funzionamento interno',
        'I doveri di diligenza, lealtà e imparzialità del personale del Comune.', '', '2024/1502', '2024-02-12', '2024-02-19',
        None, 'area-affari-generali'),
    doc('delibera-giunta-2026-45', 'Delibera di Giunta n. 45/2026: contributi alle associazioni sportive', 'Documenti albo pretorio',
        'Criteri per i contributi 2026 alle associazioni sportive dilettantistiche.', '', '2026/3310', '2026-04-02', '2026-04-03',
        'ufficio-cultura-e-sport', 'area-servizi-alla-persona'),
    doc('ordinanza-viabilita-fiera-autunno', 'Ordinanza di viabilità per la Fiera d\'autunno', 'Documenti albo pretorio',
        'Divieti di sosta e di transito nel centro storico durante la fiera di ottobre.', '', '2026/8801', '2026-09-28', '2026-09-29',
        'polizia-locale', 'area-vigilanza'),
    doc('determina-mensa-scolastica', 'Determina di aggiudicazione del servizio di mensa scolastica', 'Documenti albo pretorio',
        'Aggiudicazione del servizio di ristorazione scolastica per gli anni 2026-2029.', '', '2026/6120', '2026-07-14', '2026-07-15',
        'ufficio-servizi-educativi', 'area-servizi-alla-persona'),
    doc('avviso-consiglio-comunale-novembre', 'Convocazione del Consiglio comunale del 27 novembre 2026', 'Documenti attività politica',
        'Ordine del giorno della seduta: variazione di bilancio, regolamento del verde, interrogazioni.', '', '2026/10410', '2026-11-18', '2026-11-18',
        None, 'area-affari-generali'),
    doc('verbale-consiglio-comunale-ottobre', 'Verbale della seduta del Consiglio comunale del 23 ottobre 2026', 'Documenti attività politica',
        'Il resoconto della seduta con gli interventi e le votazioni.', '', '2026/9712', '2026-11-05', '2026-11-06',
        None, 'area-affari-generali'),
    doc('interrogazione-illuminazione-pubblica', 'Interrogazione sull\'illuminazione pubblica delle frazioni', 'Documenti attività politica',
        'L\'interrogazione del gruppo di minoranza e la risposta dell\'assessore ai lavori pubblici.', '', '2026/7355', '2026-08-20', '2026-08-21',
        'ufficio-lavori-pubblici', None, 'alessandro-testa'),
    doc('modulo-richiesta-accesso-atti', 'Modulo di richiesta di accesso agli atti', 'Modulistica',
        'Il modulo per chiedere di vedere o avere copia di documenti amministrativi.', '', '', None, '2025-01-10',
        'urp', 'area-affari-generali'),
    doc('modulo-occupazione-suolo-pubblico', 'Modulo di richiesta di occupazione di suolo pubblico', 'Modulistica',
        'Per dehors, ponteggi, traslochi e manifestazioni su aree pubbliche.', '', '', None, '2025-03-14',
        'suap', 'area-tecnica'),
    doc('modulo-iscrizione-trasporto-scolastico', 'Modulo di iscrizione al trasporto scolastico', 'Modulistica',
        'L\'iscrizione al servizio di scuolabus per l\'anno scolastico 2026/2027.', '', '', None, '2026-05-20',
        'ufficio-servizi-educativi', 'area-servizi-alla-persona'),
    doc('convenzione-biblioteca-intercomunale', 'Convenzione per il sistema bibliotecario della valle', 'Accordi tra enti',
        'L\'accordo con i comuni vicini per il prestito interbibliotecario e il catalogo unico.', '', '2025/3390', '2025-03-31', '2025-04-07',
        'ufficio-cultura-e-sport', 'area-servizi-alla-persona'),
    doc('dataset-popolazione-residente', 'Popolazione residente al 31 dicembre 2025', 'Dataset',
        'La popolazione per età, sesso e frazione, con il confronto con gli anni precedenti.', '', '', None, '2026-02-15',
        'ufficio-anagrafe-e-stato-civile', 'area-affari-generali'),
]
ENTITIES = [
    ('fondazione-teatro-valdimonte', 'Fondazione Teatro di Valdimonte', 'Fondazione',
     'Gestisce il Teatro dei Rinnovati e ne programma la stagione di prosa, musica e danza.',
     "La fondazione, costituita nel 1998 dal Comune e dalla Cassa rurale della valle, gestisce il "
     "**Teatro dei Rinnovati** e organizza la stagione teatrale, i laboratori per le scuole e il festival estivo.",
     'Socio fondatore: nomina il presidente e due consiglieri su cinque', 'Via del Teatro, 2 - 50099 Valdimonte',
     'https://www.teatrovaldimonte.example.org', 'info@teatrovaldimonte.example.org'),
    ('consorzio-acque-val-di-monte', 'Consorzio Acque Val di Monte', 'Consorzio',
     'Il gestore del servizio idrico integrato dei dodici comuni della valle.',
     "Il consorzio gestisce acquedotto, fognatura e depurazione. Il Comune partecipa all'assemblea dei soci "
     "e approva il piano degli investimenti.", 'Quota di partecipazione del 12,4%',
     'Via dell\'Acquedotto, 40 - 50098 Pieve al Monte', 'https://www.acquevaldimonte.example.org', 'info@acquevaldimonte.example.org'),
    ('valdimonte-servizi-srl', 'Valdimonte Servizi S.r.l.', 'Società partecipata',
     'La società in house che gestisce farmacia comunale, parcheggi e illuminazione votiva.',
     "La società è interamente pubblica e opera secondo le direttive del Comune, che ne esercita il "
     "controllo analogo attraverso il comitato dei soci.", 'Quota di partecipazione del 100%',
     'Via Roma, 60 - 50099 Valdimonte', 'https://www.valdimonteservizi.example.org', 'info@valdimonteservizi.example.org'),
]
DEMO = (AREAS, OFFICES, PEOPLE, ROLES, DOCS, ENTITIES)
assert len(DOCS) == 30, len(DOCS)
