SET NAMES utf8mb4;

-- Demo catalogue for the Comune di Valdimonte (fictional municipality), loaded by `make run`.
-- Generated content: 38 topics (terms of the Modello Comuni controlled vocabulary, C.SI.1.5), 12 offices,
-- 84 services (each in one of the 15 service categories of sql/040, every category with one at least), 56 FAQ.
-- Long text: paragraphs separated by a blank line; a block whose lines all start with "- " is a list.

INSERT INTO topics (id, slug, name, summary, position, updated_at) VALUES
(1, 'anagrafe-e-stato-civile', 'Anagrafe', 'Documenti d''identità, certificati anagrafici, autentiche e dichiarazioni allo stato civile.', 10, '2026-03-12 09:15:00'),
(2, 'tributi', 'Imposte', 'IMU, canone unico patrimoniale, imposta di soggiorno: calcolo, pagamento, dichiarazioni e rimborsi.', 20, '2026-05-20 11:40:00'),
(3, 'mobilita-e-trasporti', 'Parcheggi', 'Permessi di sosta per residenti, contrassegni per persone con disabilità e passi carrabili.', 30, '2026-02-03 10:05:00'),
(4, 'ambiente-e-rifiuti', 'Gestione rifiuti', 'Raccolta differenziata, ritiro degli ingombranti, compostaggio e rifiuti abbandonati.', 40, '2026-04-28 08:50:00'),
(5, 'scuola-e-servizi-educativi', 'Istruzione', 'Asili nido, mensa e trasporto scolastico, contributi allo studio e centri estivi.', 50, '2026-08-31 12:00:00'),
(6, 'politiche-sociali', 'Assistenza sociale', 'Sostegno alle famiglie e alle persone in difficoltà, contributi economici e aiuti per la casa.', 60, '2026-06-15 09:30:00'),
(7, 'edilizia-e-urbanistica', 'Urbanizzazione', 'Titoli edilizi, agibilità, certificati urbanistici, numeri civici e lavori sul suolo pubblico.', 70, '2026-07-07 15:20:00'),
(8, 'attivita-produttive-e-commercio', 'Imprese', 'Avvio e gestione di imprese, pubblici esercizi, eventi e servizi di trasporto non di linea.', 80, '2026-09-10 10:10:00'),
(9, 'cultura-e-tempo-libero', 'Tempo libero', 'Biblioteca, sale comunali, eventi, spettacoli e centri estivi.', 90, '2026-10-02 16:45:00'),
(10, 'sport', 'Sport', 'Impianti sportivi comunali, prenotazione dei campi e contributi alle associazioni sportive.', 100, '2026-01-22 09:00:00'),
(11, 'ztl', 'ZTL', 'La zona a traffico limitato del centro storico: permessi, orari e accessi.', 110, '2026-11-04 08:30:00'),
(12, 'polizia-locale-e-sicurezza', 'Polizia', 'Multe e ricorsi, incidenti stradali, oggetti smarriti e comunicazioni di pubblica sicurezza.', 120, '2026-03-30 13:10:00'),
(13, 'elezioni', 'Elezioni', 'Tessera elettorale, albi di scrutatori e presidenti di seggio, voto a domicilio e voto assistito.', 130, '2026-05-06 10:00:00'),
(14, 'igiene-pubblica', 'Igiene pubblica', 'Decoro e salubrità del territorio: rifiuti abbandonati, disinfestazioni e prevenzione.', 140, '2026-02-26 14:00:00'),
(15, 'partecipazione-e-trasparenza', 'Trasparenza amministrativa', 'Accesso agli atti e ai documenti del Comune, reclami e segnalazioni sui servizi.', 150, '2026-09-24 11:25:00'),
(16, 'matrimonio', 'Matrimonio', 'Pubblicazioni e celebrazione del matrimonio civile, unioni civili, separazione e divorzio.', 160, '2026-11-20 10:00:00'),
(17, 'nascita', 'Nascita', 'Dichiarazione di nascita e sostegni alle famiglie per la nascita di un figlio.', 170, '2026-11-20 10:00:00'),
(18, 'residenza', 'Residenza', 'Cambio di residenza e di indirizzo, iscrizione in anagrafe e numeri civici.', 180, '2026-11-20 10:00:00'),
(19, 'animale-domestico', 'Animale domestico', 'Iscrizione all''anagrafe degli animali d''affezione, microchip e smarrimenti.', 190, '2026-11-20 10:00:00'),
(20, 'trasporto-pubblico', 'Trasporto pubblico', 'Trasporto scolastico e sociale, taxi e noleggio con conducente.', 200, '2026-11-20 10:00:00'),
(21, 'commercio-al-minuto', 'Commercio al minuto', 'Negozi di vicinato, bar e ristoranti: aperture, subingressi e modifiche.', 210, '2026-11-20 10:00:00'),
(22, 'commercio-ambulante', 'Commercio ambulante', 'Commercio su aree pubbliche: autorizzazioni e posteggi.', 220, '2026-11-20 10:00:00'),
(23, 'mercato', 'Mercato', 'Il mercato settimanale e i posteggi su aree pubbliche.', 230, '2026-11-20 10:00:00'),
(24, 'patrimonio-culturale', 'Patrimonio culturale', 'Biblioteca comunale e tutela del paesaggio e dei beni culturali.', 240, '2026-11-20 10:00:00'),
(25, 'morte', 'Morte', 'Concessioni cimiteriali, loculi e sepolture.', 250, '2026-11-20 10:00:00'),
(26, 'spazio-verde', 'Spazio Verde', 'Alberi, giardini e aree verdi: abbattimenti, potature e tutela del verde.', 260, '2026-11-20 10:00:00'),
(27, 'inquinamento', 'Inquinamento', 'Rumore e inquinamento acustico: limiti e autorizzazioni in deroga.', 270, '2026-11-20 10:00:00'),
(28, 'associazioni', 'Associazioni', 'Sale, patrocini, impianti e contributi per le associazioni del territorio.', 280, '2026-11-20 10:00:00'),
(29, 'immigrazione', 'Immigrazione', 'Cittadini stranieri: iscrizione anagrafica, ospitalità e idoneità dell''alloggio.', 290, '2026-11-20 10:00:00'),
(30, 'estero', 'Estero', 'Trasferimento all''estero e iscrizione all''anagrafe degli italiani residenti all''estero (AIRE).', 300, '2026-11-20 10:00:00'),
(31, 'turismo', 'Turismo', 'Imposta di soggiorno e strutture ricettive.', 310, '2026-11-20 10:00:00'),
(32, 'tassa-sui-servizi', 'Tassa sui servizi', 'La tassa sui rifiuti (TARI): iscrizione, pagamento, riduzioni e agevolazioni.', 320, '2026-11-20 10:00:00'),
(33, 'accesso-all-informazione', 'Accesso all''informazione', 'Accesso agli atti, accesso civico generalizzato e consultazione delle pratiche.', 330, '2026-11-20 10:00:00'),
(34, 'giustizia', 'Giustizia', 'Albo dei giudici popolari e ricorsi contro le sanzioni.', 340, '2026-11-20 10:00:00'),
(35, 'assistenza-agli-invalidi', 'Assistenza agli invalidi', 'Servizi e agevolazioni per le persone con disabilità e per chi le assiste.', 350, '2026-11-20 10:00:00'),
(36, 'agricoltura', 'Agricoltura', 'Vendita diretta dei prodotti agricoli e attività delle aziende agricole del territorio.', 360, '2026-10-21 10:00:00'),
(37, 'concorsi', 'Concorsi', 'Concorsi e selezioni per lavorare nel Comune: bandi, prove e graduatorie.', 370, '2026-10-21 10:00:00'),
(38, 'lavoro', 'Lavoro', 'Opportunità di lavoro nel Comune e servizi per chi cerca un impiego.', 380, '2026-10-21 10:00:00');

INSERT INTO offices (id, slug, name, summary, description, manager, address, opening_hours, phone, email, pec, updated_at) VALUES
(1, 'ufficio-anagrafe-e-stato-civile', 'Ufficio Anagrafe e Stato civile', 'Carte d''identità, residenze, certificati anagrafici e atti di stato civile: nascite, matrimoni, unioni civili e cittadinanza.', 'L''Ufficio Anagrafe e Stato civile tiene il registro della popolazione residente nel Comune di Valdimonte e forma e conserva gli atti di stato civile: nascite, matrimoni, unioni civili, morti e cittadinanza.

Allo sportello puoi richiedere la carta d''identità elettronica, dichiarare un cambio di residenza, ottenere certificati e autentiche di firma, depositare le disposizioni anticipate di trattamento e prenotare le pubblicazioni di matrimonio.

Per la carta d''identità elettronica, i matrimoni e le unioni civili si riceve solo su appuntamento. Molti certificati si possono scaricare gratuitamente online, senza venire in Comune.', 'Dott.ssa Lucia Bartolini', 'Piazza del Municipio 1, 53100 Valdimonte (SI)', 'Lunedì, mercoledì e venerdì: 8:30-12:30
Martedì e giovedì: 8:30-12:30 e 15:00-17:30
Sabato: 9:00-12:00 (solo carta d''identità su appuntamento)', '0577 900100', 'anagrafe@comune.valdimonte.it', 'anagrafe@pec.comune.valdimonte.it', '2026-09-18 10:20:00'),
(2, 'ufficio-tributi', 'Ufficio Tributi', 'Informazioni, calcolo, riscossione e controllo di IMU, TARI, canone unico patrimoniale e imposta di soggiorno.', 'L''Ufficio Tributi gestisce le entrate tributarie del Comune: l''imposta municipale propria (IMU), la tassa sui rifiuti (TARI), il canone unico patrimoniale per le esposizioni pubblicitarie e l''imposta di soggiorno.

Il personale fornisce assistenza per il calcolo delle imposte, riceve le dichiarazioni, emette gli avvisi di pagamento e di accertamento, valuta le richieste di rimborso e di rateizzazione.

Per pratiche complesse è consigliato prenotare un appuntamento, così da trovare un operatore dedicato e ridurre l''attesa.', 'Dott. Marco Ciampi', 'Via Roma 24, 53100 Valdimonte (SI)', 'Lunedì e venerdì: 9:00-12:30
Martedì: 9:00-12:30 e 15:00-17:00
Giovedì: 15:00-17:30 (solo su appuntamento)', '0577 900200', 'tributi@comune.valdimonte.it', 'tributi@pec.comune.valdimonte.it', '2026-06-03 12:00:00'),
(3, 'polizia-locale', 'Comando di Polizia locale', 'Sicurezza stradale, permessi di sosta e ZTL, contrassegni per persone con disabilità, multe, incidenti e oggetti smarriti.', 'Il Comando di Polizia locale vigila sulla circolazione stradale, sul rispetto dei regolamenti comunali, sull''edilizia, sul commercio e sulla tutela dell''ambiente, e collabora con le altre forze di polizia per la sicurezza urbana.

Lo sportello al pubblico rilascia i permessi di sosta per residenti e di accesso alla zona a traffico limitato, i contrassegni per persone con disabilità e le autorizzazioni per l''occupazione temporanea del suolo pubblico; riceve inoltre ricorsi, comunicazioni di ospitalità e oggetti ritrovati.

Per le emergenze chiama il 112. La pattuglia di pronto intervento è raggiungibile al numero del Comando tutti i giorni dalle 7:30 alle 19:30.', 'Dott.ssa Elena Guerrini, Comandante', 'Via dei Mille 8, 53100 Valdimonte (SI)', 'Dal lunedì al sabato: 9:00-12:30
Martedì e giovedì: anche 15:00-17:00
Centralino operativo: tutti i giorni 7:30-19:30', '0577 900300', 'polizialocale@comune.valdimonte.it', 'polizialocale@pec.comune.valdimonte.it', '2026-10-14 09:00:00'),
(4, 'ufficio-servizi-educativi', 'Ufficio Servizi educativi e scolastici', 'Asili nido, mensa, trasporto scolastico, pre-scuola e post-scuola, centri estivi e contributi per il diritto allo studio.', 'L''Ufficio Servizi educativi e scolastici organizza i servizi che accompagnano bambine, bambini e ragazzi dalla nascita alla fine della scuola secondaria di primo grado.

Gestisce le iscrizioni al nido comunale "Il Girasole", alla mensa e al trasporto scolastico, al pre-scuola e al post-scuola e ai centri estivi; calcola le tariffe in base all''ISEE e raccoglie le domande per i contributi regionali al diritto allo studio.

Le iscrizioni si presentano online con SPID, CIE o CNS. Il personale dell''ufficio aiuta le famiglie che hanno difficoltà con la compilazione.', 'Dott.ssa Chiara Fabbri', 'Via Giacomo Puccini 12, 53100 Valdimonte (SI)', 'Lunedì, mercoledì e venerdì: 9:00-12:30
Giovedì: 14:30-17:30', '0577 900400', 'scuola@comune.valdimonte.it', 'scuola@pec.comune.valdimonte.it', '2026-08-25 08:45:00'),
(5, 'ufficio-servizi-sociali', 'Ufficio Servizi sociali', 'Ascolto, orientamento e interventi di sostegno per famiglie, minori, persone anziane, persone con disabilità e in difficoltà economica.', 'L''Ufficio Servizi sociali accoglie le persone e le famiglie che attraversano un momento di difficoltà e le accompagna verso i servizi più adatti, in collaborazione con la Società della Salute della zona e con le associazioni di volontariato del territorio.

Le assistenti sociali ricevono su appuntamento e, dopo un colloquio, possono attivare interventi come l''assistenza domiciliare, i contributi economici, il trasporto sociale e l''aiuto nella ricerca di una casa.

Lo sportello amministrativo riceve anche le domande per i bandi comunali e regionali: contributo affitto, bonus idrico integrativo, alloggi di edilizia residenziale pubblica e assegno di maternità.', 'Dott.ssa Silvia Mencarelli', 'Via San Francesco 5, 53100 Valdimonte (SI)', 'Martedì e venerdì: 9:00-12:30
Giovedì: 15:00-17:30
Colloqui con le assistenti sociali: solo su appuntamento', '0577 900500', 'sociale@comune.valdimonte.it', 'sociale@pec.comune.valdimonte.it', '2026-07-21 10:30:00'),
(6, 'sportello-unico-edilizia', 'Sportello unico per l''edilizia (SUE)', 'Pratiche edilizie (CILA, SCIA, permesso di costruire), agibilità, certificati urbanistici, paesaggio e accesso agli atti edilizi.', 'Lo Sportello unico per l''edilizia è il punto di riferimento per cittadini, imprese e professionisti per tutte le pratiche che riguardano gli interventi edilizi sul territorio comunale.

Riceve e istruisce comunicazioni, segnalazioni e domande di permesso di costruire, rilascia i certificati di destinazione urbanistica e di idoneità alloggiativa, cura le autorizzazioni paesaggistiche e consente la consultazione dell''archivio delle pratiche edilizie.

Le pratiche si presentano esclusivamente in forma digitale tramite il portale del SUE. I tecnici ricevono i professionisti su appuntamento il martedì e il giovedì.', 'Arch. Paolo Landi', 'Viale della Repubblica 30 (secondo piano), 53100 Valdimonte (SI)', 'Martedì: 9:00-13:00 (ricevimento tecnici su appuntamento)
Giovedì: 9:00-13:00 e 15:00-17:00
Venerdì: 9:00-12:00 (solo informazioni telefoniche)', '0577 900600', 'edilizia@comune.valdimonte.it', 'edilizia@pec.comune.valdimonte.it', '2026-04-09 09:40:00'),
(7, 'suap', 'Sportello unico per le attività produttive (SUAP)', 'Avvio, modifica e cessazione di imprese: commercio, pubblici esercizi, mercati, eventi, strutture ricettive, taxi e NCC.', 'Il SUAP è l''unico interlocutore dell''impresa per tutti i procedimenti che riguardano l''avvio, la trasformazione, il trasferimento e la cessazione delle attività produttive e di prestazione di servizi.

Le pratiche si presentano online tramite il portale impresainungiorno.gov.it: il SUAP le inoltra agli enti che devono esprimersi (azienda sanitaria, vigili del fuoco, ARPAT, Soprintendenza) e restituisce all''impresa un''unica risposta.

Lo sportello offre consulenza preventiva su appuntamento a chi vuole aprire una nuova attività, per verificare i requisiti e i vincoli prima di presentare la pratica.', 'Dott.ssa Francesca Nardi', 'Viale della Repubblica 30 (primo piano), 53100 Valdimonte (SI)', 'Lunedì e mercoledì: 9:00-13:00
Giovedì: 15:00-17:30 (consulenza su appuntamento)', '0577 900650', 'suap@comune.valdimonte.it', 'suap@pec.comune.valdimonte.it', '2026-09-02 14:15:00'),
(8, 'ufficio-ambiente', 'Ufficio Ambiente', 'Raccolta dei rifiuti, ingombranti, compostaggio, verde privato, inquinamento acustico e anagrafe degli animali d''affezione.', 'L''Ufficio Ambiente coordina il servizio di raccolta dei rifiuti svolto dal gestore di igiene urbana, controlla il decoro del territorio e promuove la riduzione dei rifiuti e il compostaggio domestico.

Rilascia le autorizzazioni per l''abbattimento degli alberi e per le attività rumorose temporanee, tiene l''anagrafe degli animali d''affezione per i residenti e raccoglie le segnalazioni di abbandono di rifiuti.

Il centro di raccolta comunale si trova in Via dell''Artigianato 14, località Le Fornaci, ed è aperto dal martedì al sabato dalle 8:00 alle 12:30 e il giovedì anche dalle 14:30 alle 17:30.', 'Dott.ssa Martina Sestini', 'Via delle Fonti 3, 53100 Valdimonte (SI)', 'Lunedì e mercoledì: 9:00-12:30
Giovedì: 15:00-17:00', '0577 900700', 'ambiente@comune.valdimonte.it', 'ambiente@pec.comune.valdimonte.it', '2026-05-11 11:00:00'),
(9, 'ufficio-lavori-pubblici', 'Ufficio Lavori pubblici e manutenzioni', 'Manutenzione di strade, edifici e illuminazione pubblica, autorizzazioni per scavi, numerazione civica e servizi cimiteriali.', 'L''Ufficio Lavori pubblici e manutenzioni progetta e dirige le opere pubbliche del Comune e cura la manutenzione di strade, marciapiedi, edifici comunali, scuole, parchi e impianti di illuminazione pubblica.

Rilascia le autorizzazioni per la manomissione del suolo pubblico, assegna i numeri civici e gestisce le concessioni nei cimiteri comunali del capoluogo e delle frazioni di Pieve a Monte e Santa Lucia.

La squadra operativa interviene sulle segnalazioni dei cittadini in ordine di urgenza. Per guasti pericolosi fuori dall''orario d''ufficio contatta la Polizia locale.', 'Ing. Stefano Burroni', 'Viale della Repubblica 30 (terzo piano), 53100 Valdimonte (SI)', 'Lunedì e venerdì: 9:00-12:30
Mercoledì: 15:00-17:00', '0577 900750', 'lavoripubblici@comune.valdimonte.it', 'lavoripubblici@pec.comune.valdimonte.it', '2026-10-27 08:15:00'),
(10, 'urp', 'Ufficio relazioni con il pubblico (URP)', 'Informazioni su uffici e servizi, segnalazioni, reclami e suggerimenti, accesso agli atti e accesso civico.', 'L''Ufficio relazioni con il pubblico è il primo punto di contatto tra i cittadini e l''amministrazione comunale: fornisce informazioni sui servizi, sugli orari e sulle procedure e indirizza verso l''ufficio competente.

Riceve segnalazioni di disservizi, reclami e suggerimenti e ne segue l''esito, gestisce le richieste di accesso agli atti e di accesso civico e distribuisce la modulistica di tutti gli uffici.

All''URP è attivo anche un punto di facilitazione digitale, dove puoi farti aiutare ad attivare SPID o a usare i servizi online del Comune.', 'Dott.ssa Anna Pieri', 'Piazza del Municipio 1, 53100 Valdimonte (SI)', 'Dal lunedì al venerdì: 8:30-13:00
Martedì e giovedì: anche 15:00-17:30
Sabato: 9:00-12:00', '0577 900000', 'urp@comune.valdimonte.it', 'protocollo@pec.comune.valdimonte.it', '2026-11-10 09:05:00'),
(11, 'ufficio-elettorale', 'Ufficio elettorale', 'Liste elettorali, tessere elettorali, albi di scrutatori, presidenti di seggio e giudici popolari, voto a domicilio.', 'L''Ufficio elettorale aggiorna le liste degli elettori del Comune, rilascia le tessere elettorali e i loro duplicati e tiene gli albi degli scrutatori, dei presidenti di seggio e dei giudici popolari.

In occasione di elezioni e referendum organizza i seggi, raccoglie le domande di voto a domicilio e di voto assistito e rimane aperto con orario straordinario nei giorni precedenti e durante le votazioni.

Gli orari straordinari di ogni consultazione sono pubblicati nelle notizie del sito e all''albo online.', 'Dott. Alessio Vannini', 'Piazza del Municipio 1 (piano terra), 53100 Valdimonte (SI)', 'Lunedì, mercoledì e venerdì: 8:30-12:30
Giovedì: 15:00-17:30', '0577 900150', 'elettorale@comune.valdimonte.it', 'elettorale@pec.comune.valdimonte.it', '2026-05-29 12:30:00'),
(12, 'ufficio-cultura-e-sport', 'Ufficio Cultura, turismo e sport', 'Biblioteca, sale e spazi comunali, eventi culturali, patrocini, impianti sportivi e rapporti con le associazioni.', 'L''Ufficio Cultura, turismo e sport promuove la vita culturale e sportiva di Valdimonte: organizza la stagione di eventi del Palazzo Pretorio, gestisce la biblioteca comunale e l''archivio storico, concede le sale e gli spazi comunali.

Si occupa inoltre degli impianti sportivi comunali, dei rapporti con le società sportive e culturali e dell''albo comunale delle associazioni.

L''ufficio ha sede al primo piano del Palazzo Pretorio; la biblioteca comunale si trova al piano terra dello stesso edificio e ha un orario di apertura più ampio.', 'Dott.ssa Giulia Cappelli', 'Piazza Garibaldi 7, Palazzo Pretorio, 53100 Valdimonte (SI)', 'Dal lunedì al venerdì: 9:00-13:00
Mercoledì: anche 15:00-18:00
Biblioteca: dal lunedì al sabato 9:00-19:00', '0577 900800', 'cultura@comune.valdimonte.it', 'cultura@pec.comune.valdimonte.it', '2026-03-17 15:50:00');

INSERT INTO services (id, slug, title, status, status_reason, summary, for_citizens, for_businesses, audience, description, how_to, requirements, outputs, times, costs, online_url, online_label, in_person, booking, conditions, office_id, category_id, contacts, popularity, published, updated_at) VALUES
(1, 'carta-identita-elettronica', 'Carta d''identità elettronica', 'active', '', 'Richiedi la carta d''identità elettronica (CIE), il documento di riconoscimento valido anche per l''espatrio e per accedere ai servizi online.', 1, 0, 'Tutte le persone residenti nel Comune di Valdimonte, di qualsiasi età, con cittadinanza italiana o straniera.

Chi non è residente può presentare la richiesta solo per gravi e comprovati motivi (salute, lavoro, studio), che vanno documentati allo sportello.', 'La carta d''identità elettronica (CIE) è il documento personale di riconoscimento rilasciato dal Ministero dell''Interno. Ha il formato di una carta di credito e contiene un microchip con i dati anagrafici, la fotografia e, dai 12 anni di età, le impronte digitali del titolare.

Per i cittadini italiani è valida anche come documento di viaggio nei Paesi dell''Unione europea e in quelli che la accettano in base ad accordi internazionali. Con la CIE e l''app CieID puoi inoltre accedere ai servizi online delle pubbliche amministrazioni.

Dal 3 agosto 2026 la vecchia carta d''identità cartacea non è più valida, per effetto del Regolamento (UE) 2019/1157: se la possiedi ancora devi richiedere la CIE.

Al momento della richiesta puoi esprimere il consenso o il diniego alla donazione di organi e tessuti; la tua scelta viene registrata nel Sistema informativo trapianti.', '- Prenota l''appuntamento online sull''agenda del Comune oppure sul portale Agenda CIE del Ministero dell''Interno.
- Presentati allo sportello nel giorno e all''ora prenotati, con i documenti richiesti.
- Verifica con l''operatore i tuoi dati; l''operatore acquisisce fotografia, firma e impronte digitali.
- Paga il corrispettivo allo sportello con carta di debito o di credito.
- Ricevi la carta per posta all''indirizzo che hai indicato, oppure ritirala in Comune se lo hai richiesto.', '- La carta d''identità scaduta o in scadenza, oppure la denuncia di furto o di smarrimento presentata alle forze dell''ordine.
- Una fototessera recente (scattata da non più di 6 mesi), a colori, con sfondo chiaro e uniforme.
- La tessera sanitaria o un altro documento con il codice fiscale.
- Per le persone con cittadinanza straniera: passaporto e permesso di soggiorno in corso di validità.
- Per le persone minorenni: la presenza del minore e, per la validità all''espatrio, l''assenso di entrambi i genitori.', 'Ottieni la carta d''identità elettronica, con una validità che dipende dall''età del titolare:

- 3 anni per i minori di 3 anni;
- 5 anni dai 3 ai 18 anni;
- 10 anni per i maggiorenni.

La carta scade il giorno del compleanno del titolare successivo alla data di scadenza naturale. Insieme alla ricevuta della richiesta ricevi la prima parte dei codici PIN e PUK, necessari per usare la CIE online.', 'Il Poligrafico dello Stato spedisce la carta entro 6 giorni lavorativi dalla richiesta.

Puoi chiedere il rinnovo a partire da 180 giorni prima della scadenza del documento che possiedi.', '- 22,21 euro per il primo rilascio e per il rinnovo alla scadenza.
- 27,37 euro per il duplicato in caso di smarrimento, furto o deterioramento.

L''importo comprende il corrispettivo di 16,79 euro dovuto allo Stato e i diritti fissi e di segreteria comunali. Il pagamento si effettua allo sportello con carta di debito o di credito.', '', '', 'Presentati all''Ufficio Anagrafe, in Piazza del Municipio 1, nel giorno e all''ora dell''appuntamento. Il servizio è erogato solo su prenotazione e la pratica richiede circa 20 minuti.

Se la persona interessata non può uscire di casa per gravi motivi di salute, un familiare può concordare con l''ufficio un appuntamento a domicilio.', 1, 'Il servizio è erogato dall''Ufficio Anagrafe e Stato civile secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 1, 3, 'Ufficio Anagrafe e Stato civile

- Indirizzo: Piazza del Municipio 1, 53100 Valdimonte (SI)
- Telefono: 0577 900100
- Email: anagrafe@comune.valdimonte.it
- PEC: anagrafe@pec.comune.valdimonte.it', 4210, 1, '2026-09-18 10:30:00'),
(2, 'certificato-anagrafico', 'Certificato anagrafico', 'active', '', 'Ottieni certificati di residenza, stato di famiglia, cittadinanza, esistenza in vita e altri certificati anagrafici, online o allo sportello.', 1, 0, 'Chiunque abbia bisogno di un certificato anagrafico relativo a sé stesso o, per i certificati di residenza e di stato di famiglia, anche a un''altra persona residente a Valdimonte.', 'I certificati anagrafici attestano i dati registrati nell''anagrafe della popolazione residente: residenza, stato di famiglia, cittadinanza, stato civile, esistenza in vita, iscrizione nelle liste elettorali e altre informazioni.

Dal 2021 tutti i certificati anagrafici si possono scaricare gratuitamente dal portale dell''Anagrafe nazionale della popolazione residente (ANPR), accedendo con SPID, CIE o CNS.

Ricorda che le pubbliche amministrazioni e i gestori di pubblici servizi non possono chiederti certificati: nei rapporti con loro basta una dichiarazione sostitutiva (autocertificazione). I certificati servono solo nei rapporti con i privati, per esempio banche, notai e assicurazioni.', '- Accedi al servizio online con SPID, CIE o CNS: verrai indirizzato al portale ANPR.
- Scegli il tipo di certificato e, se lo richiedi per un familiare, seleziona la persona.
- Indica l''uso del certificato, per sapere se è dovuta l''imposta di bollo.
- Scarica il certificato in formato PDF, firmato digitalmente e con un contrassegno che ne consente la verifica.', '- Per la richiesta online: un''identità digitale (SPID, CIE o CNS).
- Per la richiesta allo sportello: un documento d''identità valido.
- Se il certificato è esente dal bollo: l''indicazione della norma che prevede l''esenzione.', 'Ottieni il certificato richiesto, valido 6 mesi dalla data di rilascio. I certificati che attestano dati che non possono cambiare, come la nascita, hanno validità illimitata.', 'Online il certificato è disponibile subito. Allo sportello viene rilasciato contestualmente alla richiesta.', '- Online dal portale ANPR: gratuito, anche per l''imposta di bollo.
- Allo sportello: marca da bollo da 16 euro e diritti di segreteria di 0,52 euro.
- Allo sportello, nei casi di esenzione dal bollo previsti dalla legge: diritti di segreteria di 0,26 euro.', 'https://servizi.comune.valdimonte.it/anagrafe/certificato-anagrafico', 'Richiedi online', 'Puoi richiedere il certificato all''Ufficio Anagrafe, in Piazza del Municipio 1, negli orari di apertura e senza appuntamento. Porta con te una marca da bollo da 16 euro, se il certificato non è esente.', 0, 'Il servizio è erogato dall''Ufficio Anagrafe e Stato civile secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 1, 3, 'Ufficio Anagrafe e Stato civile

- Indirizzo: Piazza del Municipio 1, 53100 Valdimonte (SI)
- Telefono: 0577 900100
- Email: anagrafe@comune.valdimonte.it
- PEC: anagrafe@pec.comune.valdimonte.it', 2950, 1, '2026-06-10 09:00:00'),
(3, 'cambio-di-residenza', 'Cambio di residenza', 'active', '', 'Dichiara il trasferimento della tua residenza a Valdimonte da un altro Comune o il cambio di indirizzo all''interno del Comune.', 1, 0, 'Le persone che vengono ad abitare stabilmente a Valdimonte provenienti da un altro Comune italiano e i residenti che cambiano abitazione all''interno del territorio comunale.', 'La residenza è il luogo in cui una persona ha la dimora abituale. Quando ti trasferisci devi dichiararlo entro 20 giorni: la dichiarazione vale per te e per i componenti della famiglia che si trasferiscono con te.

L''iscrizione decorre dalla data della dichiarazione. Entro 45 giorni la Polizia locale verifica che tu abiti effettivamente all''indirizzo indicato; se entro quel termine non ricevi comunicazioni contrarie, il cambio di residenza si considera confermato.

Il Comune aggiorna automaticamente l''indirizzo sulla patente di guida e sulla carta di circolazione dei veicoli intestati a te: per questo ti chiediamo i loro dati.', '- Compila la dichiarazione online dal portale ANPR, oppure scarica il modulo ministeriale.
- Allega la copia dei documenti d''identità delle persone che si trasferiscono e il titolo che ti consente di occupare l''abitazione.
- Invia il modulo firmato per PEC, posta elettronica, raccomandata o consegnalo allo sportello.
- Attendi la visita di controllo della Polizia locale all''indirizzo dichiarato.', '- Documento d''identità di tutte le persone maggiorenni che si trasferiscono.
- Titolo di occupazione dell''abitazione: contratto di affitto registrato, atto di proprietà, contratto di comodato o dichiarazione del proprietario.
- Numeri di targa dei veicoli e numero della patente di guida.
- Per i cittadini stranieri non comunitari: passaporto e permesso di soggiorno.', 'Ottieni l''iscrizione nell''anagrafe del Comune di Valdimonte o la registrazione del nuovo indirizzo. Da quel momento puoi richiedere certificati con il nuovo indirizzo.', '- Entro 20 giorni dal trasferimento devi presentare la dichiarazione.
- Entro 2 giorni lavorativi dalla dichiarazione il Comune registra il cambio di residenza.
- Entro 45 giorni avviene il controllo; in assenza di comunicazioni, la residenza è confermata.', 'Il servizio è gratuito.', 'https://www.anagrafenazionale.interno.gov.it/servizi-al-cittadino/', 'Dichiara online su ANPR', 'Puoi consegnare la dichiarazione all''Ufficio Anagrafe, in Piazza del Municipio 1, negli orari di apertura. Allo sportello l''operatore verifica con te la completezza della documentazione.', 0, 'Chi rende dichiarazioni false perde i benefici ottenuti e ne risponde penalmente. Se l''accertamento ha esito negativo, la dichiarazione è respinta e si ripristina la posizione anagrafica precedente.

Per conoscere tutti i termini del servizio consulta le condizioni pubblicate nella sezione Amministrazione trasparente.', 1, 3, 'Ufficio Anagrafe e Stato civile

- Indirizzo: Piazza del Municipio 1, 53100 Valdimonte (SI)
- Telefono: 0577 900100
- Email: anagrafe@comune.valdimonte.it
- PEC: anagrafe@pec.comune.valdimonte.it', 1460, 1, '2026-02-16 11:10:00'),
(4, 'iscrizione-anagrafe-cittadini-ue', 'Iscrizione all''anagrafe dei cittadini dell''Unione europea', 'active', '', 'Iscriviti all''anagrafe di Valdimonte se hai la cittadinanza di un altro Paese dell''Unione europea e vuoi soggiornare in Italia per più di tre mesi.', 1, 0, 'I cittadini degli Stati membri dell''Unione europea, e i loro familiari, che intendono vivere a Valdimonte per più di tre mesi.', 'I cittadini dell''Unione europea possono soggiornare liberamente in Italia. Per un soggiorno superiore a tre mesi devono chiedere l''iscrizione anagrafica, dimostrando di avere un''attività lavorativa oppure risorse economiche sufficienti e un''assicurazione sanitaria.

Al momento dell''iscrizione il Comune rilascia l''attestazione di regolarità del soggiorno. Dopo 5 anni di soggiorno regolare e continuativo si può chiedere l''attestazione di soggiorno permanente.', '- Prenota un appuntamento all''Ufficio Anagrafe.
- Presenta la dichiarazione di residenza con i documenti che dimostrano i requisiti.
- Attendi il controllo della Polizia locale all''indirizzo dichiarato.
- Ritira l''attestazione di regolarità del soggiorno.', '- Passaporto o carta d''identità valida rilasciata dal Paese di cittadinanza.
- Codice fiscale.
- Per chi lavora: contratto di lavoro o ultime buste paga; per i lavoratori autonomi: iscrizione alla Camera di Commercio o partita IVA.
- Per chi non lavora o studia: dichiarazione sulle risorse economiche e assicurazione sanitaria (TEAM o polizza privata).
- Titolo di occupazione dell''abitazione.', 'Ottieni l''iscrizione nell''anagrafe della popolazione residente e l''attestazione di regolarità del soggiorno.', 'L''iscrizione viene registrata entro 2 giorni lavorativi; il controllo della dimora abituale avviene entro 45 giorni.', 'L''iscrizione è gratuita. Per l''attestazione di regolarità del soggiorno sono dovuti una marca da bollo da 16 euro e diritti di segreteria di 0,52 euro.', '', '', 'Presentati su appuntamento all''Ufficio Anagrafe, in Piazza del Municipio 1, con tutti i documenti in originale.', 1, 'Il servizio è erogato dall''Ufficio Anagrafe e Stato civile secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 1, 3, 'Ufficio Anagrafe e Stato civile

- Indirizzo: Piazza del Municipio 1, 53100 Valdimonte (SI)
- Telefono: 0577 900100
- Email: anagrafe@comune.valdimonte.it
- PEC: anagrafe@pec.comune.valdimonte.it', 84, 1, '2026-01-27 10:00:00'),
(5, 'trasferimento-estero-aire', 'Trasferimento all''estero e iscrizione all''AIRE', 'active', '', 'Se ti trasferisci all''estero per più di 12 mesi devi iscriverti all''Anagrafe degli italiani residenti all''estero tramite il consolato.', 1, 0, 'Le cittadine e i cittadini italiani residenti a Valdimonte che si trasferiscono stabilmente all''estero, per un periodo superiore a 12 mesi.', 'L''Anagrafe degli italiani residenti all''estero (AIRE) raccoglie i dati delle persone con cittadinanza italiana che vivono stabilmente fuori dall''Italia. L''iscrizione è un obbligo e consente di usufruire dei servizi consolari, di votare dall''estero e di rinnovare i documenti.

La dichiarazione si presenta al consolato competente per il luogo in cui vai a vivere, che la trasmette al Comune. L''Ufficio Anagrafe cancella la tua residenza in Italia e ti iscrive nell''AIRE di Valdimonte.

Chi non si iscrive all''AIRE può incorrere in sanzioni amministrative e rischia la cancellazione dall''anagrafe per irreperibilità.', '- Entro 90 giorni dall''arrivo all''estero, registrati sul portale Fast It del Ministero degli Affari Esteri.
- Compila la dichiarazione di espatrio per te e per i familiari che si trasferiscono con te.
- Allega il documento d''identità e la prova della residenza nel nuovo Paese.
- Il consolato verifica la richiesta e la invia al Comune, che completa l''iscrizione.', '- Documento d''identità valido.
- Documento che attesti la residenza all''estero (per esempio contratto di affitto, bolletta o certificato di residenza locale).', 'Ottieni l''iscrizione nell''AIRE del Comune di Valdimonte e la cancellazione dall''anagrafe della popolazione residente.', 'La dichiarazione va presentata entro 90 giorni dal trasferimento. Il Comune registra l''iscrizione entro 2 giorni lavorativi dal ricevimento della comunicazione del consolato.', 'Il servizio è gratuito.', 'https://serviziconsolari.esteri.it/', 'Vai al portale Fast It', 'La dichiarazione non si presenta in Comune ma al consolato. L''Ufficio Anagrafe, in Piazza del Municipio 1, fornisce informazioni e verifica lo stato della pratica.', 0, 'Il servizio è erogato dall''Ufficio Anagrafe e Stato civile secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 1, 3, 'Ufficio Anagrafe e Stato civile

- Indirizzo: Piazza del Municipio 1, 53100 Valdimonte (SI)
- Telefono: 0577 900100
- Email: anagrafe@comune.valdimonte.it
- PEC: anagrafe@pec.comune.valdimonte.it', 118, 1, '2026-04-02 09:20:00'),
(6, 'dichiarazione-di-nascita', 'Dichiarazione di nascita', 'active', '', 'Dichiara la nascita di una figlia o di un figlio per formare l''atto di nascita e ottenere l''iscrizione in anagrafe e il codice fiscale.', 1, 0, 'I genitori di un bambino o di una bambina nati a Valdimonte o residenti a Valdimonte, oppure la persona che ha assistito al parto.', 'La dichiarazione di nascita è l''atto con cui si comunica all''ufficiale di stato civile la nascita di una persona. Con la dichiarazione si sceglie il nome e, se i genitori non sono sposati, si effettua il riconoscimento.

Puoi presentarla presso la direzione sanitaria dell''ospedale in cui è avvenuto il parto, oppure in Comune: nel Comune di nascita o in quello di residenza dei genitori.

Dopo la dichiarazione il neonato viene iscritto in anagrafe e riceve il codice fiscale, necessario per la scelta del pediatra.', '- Scegli se dichiarare la nascita in ospedale, entro 3 giorni, oppure in Comune, entro 10 giorni.
- Se scegli il Comune, prenota un appuntamento con l''Ufficio di Stato civile.
- Presentati con l''attestazione di nascita rilasciata dall''ospedale e con i documenti dei genitori.
- Sottoscrivi l''atto di nascita insieme all''ufficiale di stato civile.', '- Attestazione di nascita rilasciata dall''ostetrica o dal medico che ha assistito al parto.
- Documenti d''identità validi dei genitori.
- Se i genitori non sono sposati e la dichiarazione è resa da uno solo: per il riconoscimento da parte dell''altro genitore è necessaria la sua presenza.', 'Ottieni la formazione dell''atto di nascita, l''iscrizione del neonato nell''anagrafe e l''attribuzione del codice fiscale.', '- Entro 3 giorni dalla nascita, se la dichiarazione è resa in ospedale.
- Entro 10 giorni dalla nascita, se la dichiarazione è resa in Comune.

Le dichiarazioni tardive sono possibili, ma va indicato il motivo del ritardo.', 'Il servizio è gratuito.', '', '', 'Presentati su appuntamento all''Ufficio di Stato civile, in Piazza del Municipio 1. Almeno uno dei genitori deve essere presente.', 1, 'Il servizio è erogato dall''Ufficio Anagrafe e Stato civile secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 1, 3, 'Ufficio Anagrafe e Stato civile

- Indirizzo: Piazza del Municipio 1, 53100 Valdimonte (SI)
- Telefono: 0577 900100
- Email: anagrafe@comune.valdimonte.it
- PEC: anagrafe@pec.comune.valdimonte.it', 162, 1, '2026-03-05 12:00:00'),
(7, 'pubblicazioni-di-matrimonio', 'Pubblicazioni di matrimonio', 'active', '', 'Richiedi le pubblicazioni, l''adempimento obbligatorio prima di celebrare il matrimonio civile o religioso con effetti civili.', 1, 0, 'Le coppie che intendono sposarsi, quando almeno uno dei due futuri sposi è residente a Valdimonte.', 'Le pubblicazioni di matrimonio servono a rendere nota l''intenzione di sposarsi e a verificare che non ci siano impedimenti. Sono necessarie sia per il matrimonio civile sia per quello religioso che produce effetti civili (matrimonio concordatario).

L''atto delle pubblicazioni resta affisso all''albo online del Comune per almeno 8 giorni consecutivi. Se uno dei due sposi risiede in un altro Comune, le pubblicazioni vengono affisse anche lì.

Per il matrimonio religioso serve la richiesta di pubblicazione rilasciata dal parroco o dal ministro di culto.', '- Prenota un appuntamento con l''Ufficio di Stato civile, almeno 30 giorni prima della data delle nozze.
- Presentati insieme all''altro sposo o all''altra sposa con i documenti d''identità.
- Sottoscrivi il verbale di promessa di matrimonio.
- Attendi la fine del periodo di affissione e dei 3 giorni successivi: da quel momento puoi sposarti.', '- Documenti d''identità validi di entrambi gli sposi.
- Per il matrimonio religioso: richiesta del parroco o del ministro di culto.
- Per le persone con cittadinanza straniera: nulla osta al matrimonio rilasciato dalla propria autorità consolare, legalizzato se necessario.
- Se uno dei due è divorziato o vedovo: gli estremi della sentenza o dell''atto di morte.', 'Ottieni il certificato di eseguite pubblicazioni o il nulla osta, necessario per celebrare il matrimonio.', 'Le pubblicazioni restano affisse 8 giorni. Il matrimonio può essere celebrato dal quarto giorno successivo alla fine dell''affissione ed entro 180 giorni; trascorso questo termine le pubblicazioni vanno ripetute.', '- Una marca da bollo da 16 euro, se entrambi gli sposi sono residenti a Valdimonte.
- Due marche da bollo da 16 euro, se uno degli sposi risiede in un altro Comune.', '', '', 'Gli sposi si presentano insieme, su appuntamento, all''Ufficio di Stato civile in Piazza del Municipio 1.', 1, 'Il servizio è erogato dall''Ufficio Anagrafe e Stato civile secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 1, 3, 'Ufficio Anagrafe e Stato civile

- Indirizzo: Piazza del Municipio 1, 53100 Valdimonte (SI)
- Telefono: 0577 900100
- Email: anagrafe@comune.valdimonte.it
- PEC: anagrafe@pec.comune.valdimonte.it', 96, 1, '2026-05-14 10:45:00'),
(8, 'matrimonio-civile', 'Celebrazione del matrimonio civile', 'active', '', 'Prenota la celebrazione del matrimonio civile nella Sala del Consiglio o in una delle sedi storiche del Comune.', 1, 0, 'Le coppie che hanno completato le pubblicazioni di matrimonio, residenti o non residenti a Valdimonte.', 'Il matrimonio civile è celebrato dal Sindaco o da un suo delegato, alla presenza di due testimoni maggiorenni. Durante la cerimonia vengono letti gli articoli del Codice civile sui diritti e doveri dei coniugi.

Le sedi disponibili sono la Sala del Consiglio del Palazzo comunale, la Sala delle Capriate del Palazzo Pretorio e, da maggio a settembre, il giardino della Villa comunale di Pieve a Monte.

Al momento della celebrazione gli sposi possono scegliere il regime patrimoniale della separazione dei beni.', '- Verifica la disponibilità della sede e della data con l''Ufficio di Stato civile.
- Completa le pubblicazioni di matrimonio o presenta il nulla osta del Comune che le ha eseguite.
- Paga la tariffa prevista e comunica i dati dei testimoni almeno 15 giorni prima.
- Presentati con i testimoni nel giorno e all''ora fissati, con i documenti d''identità.', '- Documenti d''identità degli sposi e dei due testimoni.
- Ricevuta del pagamento della tariffa, se dovuta.
- Se gli sposi non parlano italiano: un interprete.', 'Ottieni la celebrazione del matrimonio e la formazione dell''atto di matrimonio nei registri di stato civile.', 'La data va concordata con almeno 30 giorni di anticipo. Il matrimonio deve essere celebrato entro 180 giorni dalla fine delle pubblicazioni.', '- Sala del Consiglio, nei giorni feriali in orario d''ufficio: gratuito per i residenti, 150 euro per i non residenti.
- Sala del Consiglio, il sabato: 200 euro per i residenti, 350 euro per i non residenti.
- Sala delle Capriate e giardino della Villa comunale: 300 euro per i residenti, 500 euro per i non residenti.', '', '', 'Per concordare la celebrazione presentati all''Ufficio di Stato civile, in Piazza del Municipio 1, oppure telefona negli orari di apertura.', 1, 'Il servizio è erogato dall''Ufficio Anagrafe e Stato civile secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 1, 3, 'Ufficio Anagrafe e Stato civile

- Indirizzo: Piazza del Municipio 1, 53100 Valdimonte (SI)
- Telefono: 0577 900100
- Email: anagrafe@comune.valdimonte.it
- PEC: anagrafe@pec.comune.valdimonte.it', 58, 1, '2026-01-19 16:00:00'),
(9, 'unione-civile', 'Unione civile', 'active', '', 'Costituisci un''unione civile tra persone dello stesso sesso davanti all''ufficiale di stato civile, come previsto dalla legge 76/2016.', 1, 0, 'Due persone maggiorenni dello stesso sesso, libere da vincoli matrimoniali o da altre unioni civili, residenti o non residenti a Valdimonte.', 'L''unione civile tra persone dello stesso sesso è regolata dalla legge 20 maggio 2016, n. 76. Si costituisce con una dichiarazione resa davanti all''ufficiale di stato civile alla presenza di due testimoni.

A differenza del matrimonio non sono previste pubblicazioni: le parti presentano una richiesta congiunta e l''ufficiale verifica l''assenza di impedimenti.

Al momento della costituzione le parti possono scegliere un cognome comune e il regime patrimoniale della separazione dei beni.', '- Prenota un appuntamento con l''Ufficio di Stato civile.
- Presentate insieme la richiesta di costituzione dell''unione civile.
- Attendi la conclusione delle verifiche sugli impedimenti.
- Concordate la data e presentatevi con i due testimoni per la costituzione dell''unione.', '- Documenti d''identità validi di entrambe le parti e dei testimoni.
- Per le persone con cittadinanza straniera: nulla osta rilasciato dall''autorità del proprio Paese.', 'Ottieni la costituzione dell''unione civile, registrata nell''archivio dello stato civile e annotata nell''anagrafe.', 'Le verifiche si concludono entro 30 giorni dalla richiesta. L''unione deve essere costituita entro 180 giorni dalla conclusione delle verifiche.', 'Per la richiesta è dovuta una marca da bollo da 16 euro. Per la costituzione si applicano le stesse tariffe previste per la celebrazione del matrimonio civile nelle diverse sedi.', '', '', 'Le parti si presentano insieme, su appuntamento, all''Ufficio di Stato civile in Piazza del Municipio 1.', 1, 'Il servizio è erogato dall''Ufficio Anagrafe e Stato civile secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 1, 3, 'Ufficio Anagrafe e Stato civile

- Indirizzo: Piazza del Municipio 1, 53100 Valdimonte (SI)
- Telefono: 0577 900100
- Email: anagrafe@comune.valdimonte.it
- PEC: anagrafe@pec.comune.valdimonte.it', 9, 1, '2026-02-09 09:50:00'),
(10, 'separazione-divorzio-comune', 'Separazione e divorzio davanti all''ufficiale di stato civile', 'active', '', 'Concludi in Comune un accordo di separazione consensuale, divorzio o modifica delle condizioni, se non ci sono figli minori o trasferimenti di beni.', 1, 0, 'I coniugi, e le parti di un''unione civile per lo scioglimento, che sono d''accordo e non hanno figli minorenni, figli maggiorenni non autosufficienti economicamente o con disabilità grave.', 'La legge consente ai coniugi di separarsi consensualmente, di divorziare o di modificare le condizioni di separazione o divorzio con un accordo concluso davanti all''ufficiale di stato civile, senza passare dal tribunale.

L''accordo non può contenere patti di trasferimento di beni, come la cessione di una casa; può invece prevedere un assegno periodico di mantenimento. L''assistenza di un avvocato è facoltativa.

La procedura richiede due incontri: nel primo i coniugi dichiarano la loro volontà, nel secondo, dopo almeno 30 giorni, la confermano.', '- Prenota il primo appuntamento con l''Ufficio di Stato civile.
- Presentatevi insieme e dichiarate la volontà di separarvi o di divorziare, con le condizioni concordate.
- Ricevete la data dell''appuntamento per la conferma, non prima di 30 giorni.
- Presentatevi di nuovo insieme per confermare l''accordo.', '- Documenti d''identità validi di entrambi i coniugi.
- Per il divorzio: gli estremi della sentenza di separazione o dell''accordo di separazione.', 'Ottieni l''accordo di separazione, divorzio o modifica delle condizioni, con gli stessi effetti di un provvedimento del giudice, annotato sull''atto di matrimonio.', 'Il secondo incontro, per la conferma, si fissa non prima di 30 giorni dal primo.', 'È dovuto un diritto fisso di 16 euro, da pagare al momento della conclusione dell''accordo.', '', '', 'Entrambi i coniugi devono presentarsi personalmente, su appuntamento, all''Ufficio di Stato civile in Piazza del Municipio 1.', 1, 'Il servizio è erogato dall''Ufficio Anagrafe e Stato civile secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 1, 3, 'Ufficio Anagrafe e Stato civile

- Indirizzo: Piazza del Municipio 1, 53100 Valdimonte (SI)
- Telefono: 0577 900100
- Email: anagrafe@comune.valdimonte.it
- PEC: anagrafe@pec.comune.valdimonte.it', 34, 1, '2026-07-01 08:40:00'),
(11, 'disposizioni-anticipate-di-trattamento', 'Disposizioni anticipate di trattamento (DAT)', 'active', '', 'Deposita in Comune il testamento biologico con le tue volontà sui trattamenti sanitari, per il caso in cui non potessi più esprimerle.', 1, 0, 'Le persone maggiorenni, capaci di intendere e di volere, residenti a Valdimonte.', 'Con le disposizioni anticipate di trattamento, previste dalla legge 22 dicembre 2017, n. 219, ogni persona può esprimere le proprie volontà su accertamenti diagnostici, scelte terapeutiche e singoli trattamenti sanitari, nel caso in cui in futuro non fosse più in grado di decidere.

Nelle DAT puoi indicare un fiduciario, cioè una persona di fiducia che ti rappresenti nei rapporti con medici e strutture sanitarie. Il fiduciario accetta la nomina firmando le DAT o con un atto successivo.

Il Comune riceve le DAT in busta chiusa, le conserva e le trasmette alla Banca dati nazionale del Ministero della Salute. Puoi modificarle o revocarle in qualsiasi momento.', '- Scrivi le tue disposizioni e firmale; puoi farti aiutare dal tuo medico.
- Prenota un appuntamento con l''Ufficio di Stato civile.
- Consegna personalmente le DAT, anche in busta chiusa, con il documento d''identità.
- Ricevi la ricevuta di deposito, con il numero di registrazione.', '- Le DAT scritte e firmate.
- Documento d''identità valido.
- Se nomini un fiduciario: i suoi dati e la copia del suo documento d''identità.', 'Ottieni la ricevuta di deposito delle DAT, che vengono registrate e inviate alla Banca dati nazionale.', 'Il deposito avviene durante l''appuntamento e la ricevuta è rilasciata subito.', 'Il servizio è gratuito: il deposito delle DAT è esente da imposta di bollo e da ogni altro tributo.', '', '', 'Le DAT vanno consegnate personalmente, su appuntamento, all''Ufficio di Stato civile in Piazza del Municipio 1.', 1, 'Il servizio è erogato dall''Ufficio Anagrafe e Stato civile secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 1, 3, 'Ufficio Anagrafe e Stato civile

- Indirizzo: Piazza del Municipio 1, 53100 Valdimonte (SI)
- Telefono: 0577 900100
- Email: anagrafe@comune.valdimonte.it
- PEC: anagrafe@pec.comune.valdimonte.it', 71, 1, '2026-04-20 10:10:00'),
(12, 'autentica-di-firma-e-copie', 'Autentica di firma e di copie', 'active', '', 'Fai autenticare la tua firma su una dichiarazione o la copia conforme di un documento originale.', 1, 0, 'Chiunque abbia bisogno di presentare a un privato una dichiarazione con firma autenticata o una copia conforme all''originale.', 'L''autentica di firma è l''attestazione, da parte di un pubblico ufficiale, che la firma è stata apposta in sua presenza dalla persona identificata. L''autentica di copia attesta che la copia è conforme all''originale esibito.

Nei rapporti con le pubbliche amministrazioni non serve l''autentica: basta allegare alla dichiarazione la copia di un documento d''identità. L''autentica è invece necessaria in alcuni rapporti con privati e, per esempio, per le dichiarazioni per la riscossione di somme da parte di terzi.

Se la persona che deve firmare non può muoversi da casa per malattia, l''autentica può essere fatta a domicilio.', '- Presentati allo sportello con il documento da firmare o con l''originale e la copia.
- Firma la dichiarazione davanti all''operatore, senza firmarla prima.
- Paga l''imposta di bollo e i diritti di segreteria, se dovuti.', '- Documento d''identità valido.
- Il documento da firmare, non ancora sottoscritto, oppure l''originale del documento da copiare e la sua fotocopia.
- Una marca da bollo da 16 euro, se l''atto non è esente.', 'Ottieni la dichiarazione con la firma autenticata o la copia dichiarata conforme all''originale.', 'L''autentica viene eseguita subito allo sportello.', '- In bollo: marca da bollo da 16 euro e diritti di segreteria di 0,52 euro.
- In carta libera, nei casi di esenzione previsti dalla legge: diritti di segreteria di 0,26 euro.', '', '', 'Presentati all''Ufficio Anagrafe, in Piazza del Municipio 1, negli orari di apertura e senza appuntamento. Per l''autentica a domicilio telefona all''ufficio.', 0, 'Il servizio è erogato dall''Ufficio Anagrafe e Stato civile secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 1, 3, 'Ufficio Anagrafe e Stato civile

- Indirizzo: Piazza del Municipio 1, 53100 Valdimonte (SI)
- Telefono: 0577 900100
- Email: anagrafe@comune.valdimonte.it
- PEC: anagrafe@pec.comune.valdimonte.it', 640, 1, '2026-03-25 09:35:00'),
(13, 'autentica-passaggio-proprieta-veicoli', 'Autentica di firma per il passaggio di proprietà di veicoli', 'active', '', 'Fai autenticare in Comune la firma del venditore sull''atto di vendita di un''auto, di una moto o di un rimorchio.', 1, 1, 'Le persone e le imprese che vendono un veicolo o un rimorchio iscritto al Pubblico registro automobilistico (PRA). Deve presentarsi il venditore; per le società, il legale rappresentante.', 'Per vendere un veicolo è necessario che la firma del venditore sull''atto di vendita sia autenticata. Oltre che presso le agenzie di pratiche auto e gli uffici della Motorizzazione, puoi farlo gratuitamente, salvo bollo e diritti, all''Ufficio Anagrafe.

L''atto di vendita si redige sul certificato di proprietà digitale (CDPD) stampato, oppure sul retro del vecchio certificato di proprietà cartaceo.

Dopo l''autentica l''acquirente deve chiedere la trascrizione del passaggio di proprietà al PRA entro 60 giorni.', '- Stampa il certificato di proprietà digitale o porta il certificato cartaceo.
- Presentati allo sportello con il documento d''identità e i dati dell''acquirente.
- Firma l''atto di vendita davanti all''operatore.
- Consegna l''atto autenticato all''acquirente, che provvede alla trascrizione al PRA.', '- Documento d''identità valido del venditore.
- Certificato di proprietà digitale stampato (o certificato di proprietà cartaceo).
- Dati anagrafici e codice fiscale dell''acquirente e prezzo di vendita.
- Una marca da bollo da 16 euro.', 'Ottieni l''atto di vendita con la firma del venditore autenticata, da consegnare all''acquirente.', 'L''autentica viene eseguita subito. La trascrizione al PRA va richiesta dall''acquirente entro 60 giorni.', 'Marca da bollo da 16 euro e diritti di segreteria di 0,52 euro. Le imposte per la trascrizione al PRA sono a carico dell''acquirente e si pagano separatamente.', '', '', 'Presentati all''Ufficio Anagrafe, in Piazza del Municipio 1, negli orari di apertura e senza appuntamento.', 0, 'Il servizio è erogato dall''Ufficio Anagrafe e Stato civile secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 1, 3, 'Ufficio Anagrafe e Stato civile

- Indirizzo: Piazza del Municipio 1, 53100 Valdimonte (SI)
- Telefono: 0577 900100
- Email: anagrafe@comune.valdimonte.it
- PEC: anagrafe@pec.comune.valdimonte.it', 212, 1, '2026-10-06 11:30:00'),
(14, 'pagamento-imu', 'Pagamento IMU', 'active', '', 'Calcola e paga l''imposta municipale propria (IMU) su fabbricati, aree edificabili e terreni agricoli che possiedi a Valdimonte.', 1, 1, 'Le persone e le imprese proprietarie, o titolari di un diritto reale come usufrutto o abitazione, di immobili situati nel Comune di Valdimonte.', 'L''IMU è l''imposta comunale sul possesso di immobili. Si paga su fabbricati, aree edificabili e terreni agricoli, con le aliquote approvate ogni anno dal Consiglio comunale e pubblicate sul portale del Ministero dell''Economia e delle Finanze.

Non si paga sull''abitazione principale e sulle relative pertinenze (una per ciascuna categoria C/2, C/6 e C/7), salvo che si tratti di abitazioni di lusso classificate nelle categorie catastali A/1, A/8 e A/9.

Sono previste riduzioni per gli immobili concessi in comodato gratuito a figli o genitori (base imponibile ridotta del 50%, con contratto registrato) e per gli immobili affittati a canone concordato (imposta ridotta al 75%).

Con il calcolatore online puoi determinare l''importo dovuto e stampare il modello F24 già compilato.', '- Verifica i dati catastali dei tuoi immobili e le aliquote deliberate per l''anno in corso.
- Calcola l''imposta con il calcolatore online oppure rivolgiti a un CAF o a un professionista.
- Paga con il modello F24 in banca, alla posta o con l''home banking, indicando il codice catastale del Comune e i codici tributo.
- Conserva la ricevuta di pagamento per almeno 5 anni.', '- Visura catastale con rendita e categoria degli immobili.
- Per le aree edificabili: il valore venale in comune commercio al 1° gennaio.
- Eventuali contratti di comodato o di locazione a canone concordato, per applicare le riduzioni.', 'Assolvi l''obbligo di versamento dell''IMU per l''anno d''imposta.', '- Acconto: entro il 16 giugno.
- Saldo: entro il 16 dicembre.

Puoi pagare l''intera imposta annua in un''unica soluzione entro il 16 giugno. Se paghi in ritardo puoi regolarizzare con il ravvedimento operoso, pagando una sanzione ridotta e gli interessi.', 'L''importo dipende dalla rendita catastale dell''immobile e dall''aliquota applicabile. Per il 2026 l''aliquota ordinaria è del 10,6 per mille; per le abitazioni principali di lusso è del 6 per mille, con una detrazione di 200 euro.

Non si effettua il versamento se l''imposta annua complessiva è inferiore a 12 euro.', 'https://servizi.comune.valdimonte.it/tributi/calcolo-imu', 'Calcola e stampa l''F24', 'L''Ufficio Tributi, in Via Roma 24, fornisce assistenza per il calcolo e stampa il modello F24. Per evitare l''attesa prenota un appuntamento, soprattutto nel mese di giugno e di dicembre.', 1, 'Il servizio è erogato dall''Ufficio Tributi secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 2, 13, 'Ufficio Tributi

- Indirizzo: Via Roma 24, 53100 Valdimonte (SI)
- Telefono: 0577 900200
- Email: tributi@comune.valdimonte.it
- PEC: tributi@pec.comune.valdimonte.it', 2380, 1, '2026-05-20 11:45:00'),
(15, 'dichiarazione-imu', 'Dichiarazione IMU', 'active', '', 'Presenta la dichiarazione IMU quando ci sono variazioni che il Comune non può conoscere dai dati catastali o dagli atti notarili.', 1, 1, 'Le persone e le imprese che possiedono immobili a Valdimonte e che, nel corso dell''anno, hanno avuto variazioni rilevanti ai fini dell''IMU.', 'Nella maggior parte dei casi la dichiarazione IMU non è necessaria, perché il Comune riceve le informazioni dal catasto e dagli atti dei notai.

La dichiarazione è obbligatoria quando le variazioni non risultano da queste banche dati: per esempio se l''immobile è concesso in comodato a un parente, affittato a canone concordato, dichiarato inagibile, se è un''area edificabile o se è posseduto da un''impresa in leasing.

Si usa il modello ministeriale, insieme alle relative istruzioni. Gli enti non commerciali usano un modello specifico da presentare solo in via telematica.', '- Scarica il modello di dichiarazione IMU e le istruzioni ministeriali.
- Compila il modello indicando gli immobili interessati e le variazioni.
- Firma la dichiarazione e allega la copia di un documento d''identità.
- Inviala per PEC, con raccomandata o consegnala all''Ufficio Tributi.', '- Dati catastali degli immobili interessati.
- Documenti che giustificano la variazione (contratto di comodato, contratto di locazione, perizia di inagibilità).
- Documento d''identità del dichiarante.', 'Ottieni la registrazione della variazione nella banca dati tributaria del Comune, che ne terrà conto negli anni successivi.', 'La dichiarazione va presentata entro il 30 giugno dell''anno successivo a quello in cui è avvenuta la variazione. Resta valida anche per gli anni seguenti, finché non cambiano i dati.', 'La presentazione è gratuita. L''omessa dichiarazione è punita con una sanzione dal 100% al 200% dell''imposta non versata, con un minimo di 50 euro.', '', '', 'Puoi consegnare la dichiarazione all''Ufficio Tributi, in Via Roma 24, negli orari di apertura. Il personale è a disposizione per chiarimenti sulla compilazione.', 0, 'Il servizio è erogato dall''Ufficio Tributi secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 2, 13, 'Ufficio Tributi

- Indirizzo: Via Roma 24, 53100 Valdimonte (SI)
- Telefono: 0577 900200
- Email: tributi@comune.valdimonte.it
- PEC: tributi@pec.comune.valdimonte.it', 176, 1, '2026-06-03 12:10:00'),
(16, 'tari-iscrizione-variazione-cessazione', 'TARI: iscrizione, variazione e cessazione', 'active', '', 'Comunica l''inizio, le modifiche o la fine dell''occupazione di un''abitazione o di un locale, per il calcolo della tassa sui rifiuti.', 1, 1, 'Chi occupa o detiene a qualsiasi titolo locali o aree scoperte a Valdimonte in grado di produrre rifiuti: famiglie (utenze domestiche) e imprese, professionisti ed enti (utenze non domestiche).', 'La tassa sui rifiuti (TARI) finanzia il servizio di raccolta e smaltimento dei rifiuti urbani. Per le famiglie si calcola in base alla superficie dell''abitazione e al numero degli occupanti; per le attività, in base alla superficie e alla categoria di attività.

Quando inizi a occupare un immobile, quando cambiano la superficie o la destinazione d''uso dei locali o quando lasci l''immobile, devi presentare una dichiarazione all''Ufficio Tributi.

Il numero degli occupanti residenti viene aggiornato automaticamente in base ai dati dell''anagrafe; va invece dichiarato il numero degli occupanti non residenti.', '- Accedi al servizio online con SPID, CIE o CNS e scegli il tipo di dichiarazione.
- Indica i dati catastali e la superficie calpestabile dei locali.
- Per le attività, indica il codice ATECO e l''eventuale produzione di rifiuti speciali.
- Invia la dichiarazione e conserva la ricevuta di protocollo.', '- Dati catastali dell''immobile (foglio, particella, subalterno).
- Superficie calpestabile dei locali e delle aree scoperte operative.
- Dati del proprietario, se diverso dall''occupante.
- Per le attività: partita IVA, codice ATECO e planimetria dei locali.', 'Ottieni l''iscrizione, la variazione o la cessazione della tua posizione TARI; il Comune ti invierà gli avvisi di pagamento in base ai dati dichiarati.', 'La dichiarazione va presentata entro 90 giorni dall''inizio dell''occupazione, dalla variazione o dalla cessazione. La tassa è dovuta dal giorno di inizio dell''occupazione.', 'La presentazione della dichiarazione è gratuita. L''omessa o infedele dichiarazione comporta sanzioni oltre al recupero della tassa dovuta.', 'https://servizi.comune.valdimonte.it/tributi/tari-dichiarazione', 'Presenta la dichiarazione', 'Puoi presentare la dichiarazione anche all''Ufficio Tributi, in Via Roma 24, negli orari di apertura.', 0, 'Il servizio è erogato dall''Ufficio Tributi secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 2, 13, 'Ufficio Tributi

- Indirizzo: Via Roma 24, 53100 Valdimonte (SI)
- Telefono: 0577 900200
- Email: tributi@comune.valdimonte.it
- PEC: tributi@pec.comune.valdimonte.it', 985, 1, '2026-02-24 10:30:00'),
(17, 'pagamento-tari', 'Pagamento TARI', 'active', '', 'Paga la tassa sui rifiuti con l''avviso pagoPA che ricevi a casa o scaricalo dall''area personale del portale dei tributi.', 1, 1, 'Le famiglie e le attività iscritte alla TARI nel Comune di Valdimonte.', 'Ogni anno, in primavera, il Comune invia a ogni contribuente l''avviso di pagamento della TARI, con il dettaglio del calcolo e i moduli di pagamento pagoPA per le singole rate o per l''unica soluzione.

L''importo comprende il tributo provinciale per l''esercizio delle funzioni di tutela ambientale (TEFA), che il Comune riversa alla Provincia.

Se non hai ricevuto l''avviso o l''hai smarrito, puoi scaricarlo dall''area personale del portale dei tributi oppure chiederne una copia all''ufficio.', '- Controlla l''avviso di pagamento e verifica i dati dell''immobile e degli occupanti.
- Paga con i moduli pagoPA allegati, online o presso banche, uffici postali, tabaccherie e ricevitorie abilitate.
- In alternativa paga online dall''area personale del portale dei tributi.
- Se trovi errori nell''avviso, segnalali all''Ufficio Tributi prima della scadenza.', '- L''avviso di pagamento con il codice avviso pagoPA.', 'Assolvi il pagamento della tassa sui rifiuti dell''anno in corso. La ricevuta pagoPA vale come quietanza.', 'Per il 2026 le scadenze sono:

- prima rata o unica soluzione: 31 maggio;
- seconda rata: 31 luglio;
- terza rata: 2 dicembre.

In caso di mancato pagamento il Comune invia un sollecito e, successivamente, un avviso di accertamento con sanzioni e interessi.', 'L''importo è indicato nell''avviso. Per una famiglia di tre persone in un''abitazione di 90 metri quadrati la TARI 2026 è di circa 285 euro, compreso il tributo provinciale. Il pagamento tramite pagoPA può prevedere una commissione applicata dal prestatore di servizi.', 'https://servizi.comune.valdimonte.it/tributi/area-personale', 'Paga online', '', 0, 'Il servizio è erogato dall''Ufficio Tributi secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 2, 13, 'Ufficio Tributi

- Indirizzo: Via Roma 24, 53100 Valdimonte (SI)
- Telefono: 0577 900200
- Email: tributi@comune.valdimonte.it
- PEC: tributi@pec.comune.valdimonte.it', 3905, 1, '2026-04-15 09:00:00'),
(18, 'riduzioni-agevolazioni-tari', 'Riduzioni e agevolazioni TARI', 'active', '', 'Chiedi le riduzioni della TARI per compostaggio domestico, abitazioni a uso stagionale, zone servite con distanza e famiglie con ISEE basso.', 1, 0, 'Le famiglie iscritte alla TARI che si trovano in una delle condizioni previste dal Regolamento comunale, e le attività che avviano autonomamente al riciclo i propri rifiuti.', 'Il Regolamento comunale per la TARI prevede riduzioni della tassa in presenza di specifiche condizioni:

- 20% della quota variabile per chi pratica il compostaggio domestico ed è iscritto all''albo dei compostatori;
- 30% per le abitazioni tenute a disposizione per uso stagionale o discontinuo, non oltre 183 giorni all''anno;
- 60% per le utenze situate a più di 1.000 metri dal punto di raccolta più vicino;
- 25% per i nuclei familiari con ISEE non superiore a 9.530 euro, o a 20.000 euro se con almeno quattro figli a carico.

Le utenze non domestiche che dimostrano di aver avviato al riciclo i propri rifiuti urbani hanno diritto a una riduzione della quota variabile proporzionale alle quantità riciclate.', '- Verifica di essere in una delle condizioni previste dal Regolamento.
- Compila il modulo di richiesta di riduzione, online o su carta.
- Allega la documentazione richiesta per la riduzione scelta.
- Presenta la domanda all''Ufficio Tributi entro il termine previsto.', '- Documento d''identità del richiedente.
- Per la riduzione ISEE: attestazione ISEE ordinaria in corso di validità.
- Per il compostaggio: iscrizione all''albo dei compostatori.
- Per le attività: attestazione del soggetto che ha ricevuto i rifiuti avviati al riciclo.', 'Ottieni l''applicazione della riduzione nell''avviso TARI dell''anno di riferimento.', 'La domanda va presentata entro il 31 gennaio dell''anno per il quale si chiede la riduzione. Le riduzioni per le attività che avviano i rifiuti al riciclo si chiedono entro il 30 giugno dell''anno successivo.', 'La richiesta è gratuita.', 'https://servizi.comune.valdimonte.it/tributi/tari-riduzioni', 'Chiedi la riduzione', 'Puoi consegnare la domanda all''Ufficio Tributi, in Via Roma 24, negli orari di apertura.', 0, 'Il servizio è erogato dall''Ufficio Tributi secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 2, 13, 'Ufficio Tributi

- Indirizzo: Via Roma 24, 53100 Valdimonte (SI)
- Telefono: 0577 900200
- Email: tributi@comune.valdimonte.it
- PEC: tributi@pec.comune.valdimonte.it', 264, 1, '2026-01-12 10:00:00'),
(19, 'canone-unico-esposizione-pubblicitaria', 'Canone unico patrimoniale: esposizione pubblicitaria', 'active', '', 'Dichiara e paga il canone per insegne, cartelli e altri mezzi pubblicitari esposti nel territorio comunale.', 0, 1, 'Le imprese, i professionisti e le associazioni che espongono insegne, cartelli, striscioni, vetrofanie o altri mezzi pubblicitari visibili da luogo pubblico.', 'Dal 2021 il canone unico patrimoniale, previsto dalla legge 160/2019, ha sostituito l''imposta comunale sulla pubblicità, i diritti sulle pubbliche affissioni e il canone per l''occupazione di spazi pubblici.

Per i mezzi pubblicitari il canone si calcola in base alla superficie, alla durata dell''esposizione e al tipo di messaggio, secondo le tariffe approvate dal Comune.

Le insegne di esercizio che identificano la sede dell''attività sono esenti fino a una superficie complessiva di 5 metri quadrati. L''installazione di un nuovo mezzo pubblicitario richiede inoltre l''autorizzazione comunale e, nel centro storico, quella paesaggistica.', '- Presenta la dichiarazione di esposizione pubblicitaria prima di installare il mezzo.
- Indica dimensioni, collocazione e durata dell''esposizione e allega una fotografia o un bozzetto.
- Ricevi l''avviso di pagamento con l''importo calcolato.
- Paga con pagoPA entro la scadenza indicata.', '- Dati dell''impresa e del legale rappresentante.
- Fotografia o bozzetto del mezzo pubblicitario con le misure.
- Autorizzazione all''installazione, se già rilasciata.', 'Ottieni la registrazione del mezzo pubblicitario e l''avviso di pagamento del canone.', 'Per le esposizioni permanenti il canone annuale si paga entro il 31 marzo; se supera 1.500 euro può essere pagato in quattro rate trimestrali. Per le esposizioni temporanee si paga prima dell''inizio dell''esposizione.', 'La tariffa standard annua per le esposizioni permanenti è di 30 euro al metro quadrato, con coefficienti di aumento per i mezzi luminosi e per il centro storico. Le esposizioni temporanee si pagano a giorno.', 'https://servizi.comune.valdimonte.it/tributi/canone-unico', 'Presenta la dichiarazione', 'Puoi presentare la dichiarazione all''Ufficio Tributi, in Via Roma 24, negli orari di apertura.', 0, 'Il servizio è erogato dall''Ufficio Tributi secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 2, 13, 'Ufficio Tributi

- Indirizzo: Via Roma 24, 53100 Valdimonte (SI)
- Telefono: 0577 900200
- Email: tributi@comune.valdimonte.it
- PEC: tributi@pec.comune.valdimonte.it', 138, 1, '2026-03-02 09:15:00'),
(20, 'rimborso-tributi-comunali', 'Rimborso di tributi comunali', 'active', '', 'Chiedi la restituzione di IMU, TARI o altri tributi comunali pagati in eccesso o non dovuti.', 1, 1, 'Le persone e le imprese che hanno versato al Comune di Valdimonte un tributo non dovuto o in misura superiore al dovuto.', 'Se hai pagato più del dovuto, per esempio per un errore di calcolo, un doppio versamento o un pagamento fatto a un Comune diverso da quello competente, puoi chiedere il rimborso.

Sulle somme rimborsate sono riconosciuti gli interessi al tasso legale dalla data del versamento. In alternativa al rimborso puoi chiedere la compensazione con i tributi comunali dovuti negli anni successivi.', '- Compila il modulo di richiesta di rimborso indicando il tributo, l''anno e l''importo.
- Allega le ricevute dei versamenti e spiega il motivo della richiesta.
- Indica l''IBAN del conto su cui ricevere l''accredito.
- Invia la domanda per PEC, per posta o consegnala all''Ufficio Tributi.', '- Ricevute dei versamenti effettuati.
- Documento d''identità del richiedente.
- Codice IBAN intestato al richiedente.', 'Ottieni il rimborso delle somme versate in eccesso, con gli interessi, oppure un provvedimento motivato di diniego.', 'La domanda va presentata entro 5 anni dal giorno del pagamento. Il Comune risponde entro 180 giorni dalla presentazione.', 'La richiesta è gratuita. Non si eseguono rimborsi per importi inferiori a 12 euro per anno d''imposta.', '', '', 'Puoi consegnare la domanda all''Ufficio Tributi, in Via Roma 24, negli orari di apertura.', 0, 'Il servizio è erogato dall''Ufficio Tributi secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 2, 13, 'Ufficio Tributi

- Indirizzo: Via Roma 24, 53100 Valdimonte (SI)
- Telefono: 0577 900200
- Email: tributi@comune.valdimonte.it
- PEC: tributi@pec.comune.valdimonte.it', 73, 1, '2026-07-30 10:20:00'),
(21, 'imposta-di-soggiorno', 'Imposta di soggiorno: dichiarazione dei gestori', 'active', '', 'Se gestisci una struttura ricettiva o una locazione turistica, dichiara i pernottamenti e versa l''imposta di soggiorno riscossa dagli ospiti.', 0, 1, 'I gestori di alberghi, agriturismi, affittacamere, case vacanze, bed and breakfast e locazioni turistiche situati a Valdimonte.', 'L''imposta di soggiorno è dovuta da chi pernotta nelle strutture ricettive di Valdimonte. Il gestore la riscuote dagli ospiti, rilascia quietanza e la versa al Comune, come responsabile del pagamento.

L''imposta si applica per un massimo di 5 pernottamenti consecutivi. Sono esenti i minori di 14 anni, le persone con disabilità e il loro accompagnatore, gli autisti di pullman e gli accompagnatori turistici di gruppi organizzati.

Il gettito è destinato a interventi per il turismo, la cultura e la manutenzione dei beni storici del territorio.', '- Registra la struttura sul portale dell''imposta di soggiorno con SPID, CIE o CNS.
- Ogni trimestre inserisci il numero degli ospiti e dei pernottamenti, distinguendo gli esenti.
- Versa con pagoPA l''imposta riscossa nel trimestre.
- Entro il 30 giugno dell''anno successivo presenta la dichiarazione annuale all''Agenzia delle Entrate.', '- Dati della struttura e del gestore.
- Registro delle presenze e quietanze rilasciate agli ospiti.
- Dichiarazioni di esenzione sottoscritte dagli ospiti che ne hanno diritto.', 'Assolvi gli obblighi di dichiarazione e di versamento dell''imposta di soggiorno.', 'La dichiarazione trimestrale e il versamento vanno effettuati entro il 16 del mese successivo alla fine di ciascun trimestre (16 aprile, 16 luglio, 16 ottobre e 16 gennaio).', 'Le tariffe, per persona e per notte, sono:

- alberghi a 4 e 5 stelle: 2,50 euro;
- alberghi fino a 3 stelle e residenze turistico-alberghiere: 1,50 euro;
- agriturismi, affittacamere, case vacanze, bed and breakfast e locazioni turistiche: 1,50 euro;
- campeggi e aree di sosta camper: 1 euro.', 'https://servizi.comune.valdimonte.it/tributi/imposta-soggiorno', 'Accedi al portale', 'L''Ufficio Tributi, in Via Roma 24, fornisce assistenza su appuntamento per la registrazione al portale e la compilazione delle dichiarazioni.', 1, 'Il servizio è erogato dall''Ufficio Tributi secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 2, 14, 'Ufficio Tributi

- Indirizzo: Via Roma 24, 53100 Valdimonte (SI)
- Telefono: 0577 900200
- Email: tributi@comune.valdimonte.it
- PEC: tributi@pec.comune.valdimonte.it', 64, 1, '2026-04-01 08:30:00'),
(22, 'permesso-sosta-residenti', 'Permesso di sosta per residenti', 'active', '', 'Richiedi il permesso che consente ai residenti del centro storico di parcheggiare nelle zone a pagamento della propria area senza limiti di orario.', 1, 0, 'Le persone residenti nelle zone A (centro storico) e B (Borgo Nuovo) che sono proprietarie di un veicolo o ne hanno l''uso esclusivo.', 'Il permesso di sosta consente di parcheggiare senza pagare e senza limiti di orario negli stalli blu della zona di residenza indicata sul contrassegno. Non garantisce la disponibilità di un posto.

Ogni nucleo familiare può ottenere al massimo due permessi. Il permesso vale anche per un veicolo aziendale o a noleggio a lungo termine, se dato in uso esclusivo a un componente della famiglia.

Il permesso è digitale e associato alla targa: non devi esporre nessun contrassegno sul parabrezza, perché gli ausiliari del traffico controllano la targa con il palmare.', '- Accedi al servizio online con SPID, CIE o CNS.
- Inserisci la targa del veicolo e allega i documenti richiesti.
- Paga la tariffa con pagoPA.
- Ricevi per e-mail la conferma dell''attivazione del permesso.', '- Carta di circolazione del veicolo.
- Per i veicoli aziendali: dichiarazione del datore di lavoro sull''uso esclusivo.
- Per i veicoli a noleggio a lungo termine: copia del contratto di noleggio.', 'Ottieni il permesso di sosta digitale, valido fino al 31 dicembre dell''anno di rilascio.', 'Il permesso viene attivato entro 5 giorni lavorativi dalla richiesta completa. I rinnovi per l''anno successivo si presentano dal 1° dicembre al 31 gennaio.', '- Primo permesso del nucleo familiare: 30 euro all''anno.
- Secondo permesso: 60 euro all''anno.', 'https://servizi.comune.valdimonte.it/mobilita/permesso-sosta-residenti', 'Richiedi online', 'Puoi presentare la richiesta anche allo sportello del Comando di Polizia locale, in Via dei Mille 8, negli orari di apertura.', 0, 'Il servizio è erogato dal Comando di Polizia locale secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 3, 11, 'Comando di Polizia locale

- Indirizzo: Via dei Mille 8, 53100 Valdimonte (SI)
- Telefono: 0577 900300
- Email: polizialocale@comune.valdimonte.it
- PEC: polizialocale@pec.comune.valdimonte.it', 735, 1, '2026-01-08 09:30:00'),
(23, 'permesso-ztl', 'Permesso di accesso alla ZTL del centro storico', 'active', '', 'Richiedi l''autorizzazione a transitare nella zona a traffico limitato del centro storico, controllata da varchi elettronici.', 1, 1, 'Residenti e domiciliati nella ZTL, proprietari di posti auto in zona, imprese che effettuano carico e scarico o interventi tecnici, medici in visita domiciliare e ospiti delle strutture ricettive del centro.', 'La zona a traffico limitato del centro storico è attiva tutti i giorni dalle 8:00 alle 20:00 ed è controllata da tre varchi elettronici in Via Roma, Porta Senese e Via del Poggio. Chi transita senza autorizzazione riceve una sanzione.

I permessi sono diversi a seconda della categoria: per i residenti sono permanenti e legati alla targa, per le imprese sono limitati alle fasce orarie di carico e scarico, per gli ospiti delle strutture ricettive sono temporanei e vengono comunicati direttamente dal gestore.

I veicoli al servizio di persone con disabilità titolari di contrassegno possono transitare registrando la targa presso il Comando.', '- Accedi al servizio online e scegli la categoria di permesso.
- Inserisci le targhe dei veicoli e allega i documenti richiesti.
- Paga i diritti di istruttoria con pagoPA.
- Attendi la conferma dell''inserimento della targa nella lista dei veicoli autorizzati.', '- Carta di circolazione dei veicoli.
- Per le imprese: visura camerale e descrizione dell''attività svolta in ZTL.
- Per i proprietari di posti auto: titolo di proprietà o contratto di affitto del posto auto.', 'Ottieni l''autorizzazione al transito nella ZTL per le targhe indicate e per la durata prevista dalla categoria.', 'Il permesso è attivato entro 10 giorni lavorativi dalla richiesta completa. I permessi temporanei per lavori urgenti sono attivati in giornata.', '- Residenti: 20 euro di diritti di istruttoria, validità 2 anni.
- Imprese: 50 euro all''anno per ciascuna targa.
- Permessi giornalieri: 5 euro.', 'https://servizi.comune.valdimonte.it/mobilita/permesso-ztl', 'Richiedi online', 'Puoi presentare la richiesta allo sportello del Comando di Polizia locale, in Via dei Mille 8, negli orari di apertura.', 0, 'Il servizio è erogato dal Comando di Polizia locale secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 3, 11, 'Comando di Polizia locale

- Indirizzo: Via dei Mille 8, 53100 Valdimonte (SI)
- Telefono: 0577 900300
- Email: polizialocale@comune.valdimonte.it
- PEC: polizialocale@pec.comune.valdimonte.it', 428, 1, '2026-03-19 10:00:00'),
(24, 'contrassegno-parcheggio-disabili', 'Contrassegno di parcheggio per persone con disabilità', 'active', '', 'Richiedi il contrassegno unificato europeo (CUDE) per parcheggiare negli spazi riservati e circolare nella ZTL con il veicolo al tuo servizio.', 1, 0, 'Le persone residenti a Valdimonte con capacità di deambulazione impedita o sensibilmente ridotta e le persone non vedenti.', 'Il contrassegno unificato disabili europeo (CUDE) è personale e non è legato a un veicolo: si usa su qualsiasi auto che stia trasportando la persona titolare, esponendolo in originale sul parabrezza.

Consente di parcheggiare negli spazi riservati alle persone con disabilità, di sostare gratuitamente negli stalli blu e di accedere alla ZTL, dopo aver comunicato le targhe dei veicoli utilizzati.

Il contrassegno può essere permanente o temporaneo, per le persone con un''invalidità temporanea dovuta a infortunio o malattia. Chi ne ha necessità può chiedere anche uno stallo di sosta personalizzato vicino a casa.', '- Prenota la visita presso l''ufficio medico-legale dell''Azienda USL per ottenere la certificazione.
- Compila la domanda di rilascio del contrassegno.
- Presenta la domanda al Comando di Polizia locale con la certificazione medica e una fototessera.
- Ritira il contrassegno allo sportello.', '- Certificazione dell''ufficio medico-legale dell''Azienda USL che attesta la ridotta capacità di deambulazione.
- Per il rinnovo del contrassegno permanente: certificato del medico curante che conferma la persistenza delle condizioni.
- Una fototessera recente.
- Documento d''identità della persona titolare.', 'Ottieni il contrassegno unificato disabili europeo, valido 5 anni se permanente, o per il periodo indicato nella certificazione se temporaneo.', 'Il contrassegno è rilasciato entro 15 giorni dalla domanda completa. Il rinnovo va chiesto prima della scadenza.', 'Il contrassegno permanente è gratuito. Per il contrassegno temporaneo è dovuta una marca da bollo da 16 euro sulla domanda.', '', '', 'Presenta la domanda allo sportello del Comando di Polizia locale, in Via dei Mille 8. Se la persona interessata non può muoversi, la domanda può essere presentata da un familiare con delega.', 0, 'Il servizio è erogato dal Comando di Polizia locale secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 3, 11, 'Comando di Polizia locale

- Indirizzo: Via dei Mille 8, 53100 Valdimonte (SI)
- Telefono: 0577 900300
- Email: polizialocale@comune.valdimonte.it
- PEC: polizialocale@pec.comune.valdimonte.it', 153, 1, '2026-02-11 11:20:00'),
(25, 'passo-carrabile', 'Passo carrabile', 'active', '', 'Richiedi l''autorizzazione e il cartello di passo carrabile per l''accesso dei veicoli dalla strada pubblica a un''area privata.', 1, 1, 'I proprietari, gli amministratori di condominio e le imprese che hanno un accesso carrabile da una strada pubblica a un cortile, un garage o un''area privata.', 'Il passo carrabile è l''accesso a un''area privata idonea allo stazionamento dei veicoli. L''autorizzazione, prevista dall''articolo 22 del Codice della strada, consente di esporre il cartello che vieta la sosta davanti all''accesso.

Il cartello deve riportare il numero e l''ente che ha rilasciato l''autorizzazione: i cartelli non autorizzati non hanno valore e possono essere sanzionati.

L''occupazione del suolo pubblico davanti all''accesso è soggetta al canone unico patrimoniale, che si paga ogni anno.', '- Compila la domanda di autorizzazione con la descrizione dell''accesso.
- Allega la planimetria e la documentazione fotografica.
- Presenta la domanda al Comando di Polizia locale.
- Dopo il sopralluogo, ritira l''autorizzazione e il cartello.', '- Planimetria in scala con l''indicazione dell''accesso e delle sue misure.
- Fotografie dell''accesso dalla strada.
- Titolo edilizio che legittima l''accesso, se realizzato dopo il 1967.
- Due marche da bollo da 16 euro.', 'Ottieni l''autorizzazione al passo carrabile e il cartello numerato da esporre.', 'L''autorizzazione viene rilasciata entro 30 giorni dalla domanda completa.', '- Due marche da bollo da 16 euro, una per la domanda e una per l''autorizzazione.
- Diritti di istruttoria: 30 euro.
- Cartello: 25 euro.
- Canone unico patrimoniale annuo, calcolato in base alla larghezza dell''accesso.', '', '', 'Presenta la domanda allo sportello del Comando di Polizia locale, in Via dei Mille 8, negli orari di apertura.', 0, 'Il servizio è erogato dal Comando di Polizia locale secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 3, 5, 'Comando di Polizia locale

- Indirizzo: Via dei Mille 8, 53100 Valdimonte (SI)
- Telefono: 0577 900300
- Email: polizialocale@comune.valdimonte.it
- PEC: polizialocale@pec.comune.valdimonte.it', 61, 1, '2026-06-22 09:10:00'),
(26, 'occupazione-suolo-pubblico', 'Occupazione di suolo pubblico', 'active', '', 'Richiedi la concessione per occupare temporaneamente una strada, una piazza o un marciapiede per traslochi, ponteggi, banchetti o dehors.', 1, 1, 'Le persone, le imprese e le associazioni che hanno bisogno di occupare uno spazio pubblico: per un trasloco, un cantiere, un ponteggio, un banchetto informativo o i tavolini di un pubblico esercizio.', 'Per occupare una parte di suolo pubblico, anche per poche ore, serve una concessione del Comune. La concessione stabilisce lo spazio occupato, la durata e le prescrizioni per la sicurezza della circolazione.

Per le occupazioni che richiedono la chiusura di una strada o il divieto di sosta, il Comando emette anche un''ordinanza e indica come posizionare la segnaletica, che va collocata almeno 48 ore prima.

Per i dehors dei pubblici esercizi nel centro storico occorre rispettare le regole del piano comunale degli arredi e, se necessario, ottenere l''autorizzazione paesaggistica.', '- Compila la domanda indicando luogo, superficie, date e motivo dell''occupazione.
- Allega una planimetria con l''area da occupare.
- Presenta la domanda almeno 10 giorni lavorativi prima dell''occupazione.
- Paga il canone unico e ritira la concessione prima di iniziare.', '- Planimetria o schema dell''area da occupare, con le misure.
- Per i ponteggi: titolo edilizio dei lavori.
- Per i dehors: progetto con gli arredi e le fotografie dei luoghi.
- Due marche da bollo da 16 euro.', 'Ottieni la concessione di occupazione del suolo pubblico e, se necessario, l''ordinanza di modifica della circolazione.', 'La concessione viene rilasciata entro 10 giorni lavorativi dalla domanda completa. Per interventi urgenti si può chiedere l''occupazione immediata, regolarizzando la domanda entro il primo giorno lavorativo successivo.', 'Marca da bollo da 16 euro sulla domanda e sulla concessione, più il canone unico patrimoniale, calcolato in base alla superficie, alla durata e alla zona. Per esempio, un''occupazione di 20 metri quadrati per un giorno in centro storico costa circa 24 euro.', 'https://servizi.comune.valdimonte.it/mobilita/occupazione-suolo', 'Presenta la domanda', 'Presenta la domanda allo sportello del Comando di Polizia locale, in Via dei Mille 8. Le domande per i dehors si presentano al SUAP.', 0, 'Il servizio è erogato dal Comando di Polizia locale secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 3, 5, 'Comando di Polizia locale

- Indirizzo: Via dei Mille 8, 53100 Valdimonte (SI)
- Telefono: 0577 900300
- Email: polizialocale@comune.valdimonte.it
- PEC: polizialocale@pec.comune.valdimonte.it', 312, 1, '2026-08-05 10:40:00'),
(27, 'pagamento-multe', 'Pagamento delle multe', 'active', '', 'Paga online con pagoPA le sanzioni per violazioni al Codice della strada accertate dalla Polizia locale, anche con lo sconto del 30%.', 1, 0, 'Le persone e le imprese che hanno ricevuto un verbale della Polizia locale di Valdimonte.', 'Puoi pagare il verbale con l''avviso pagoPA allegato, online dal portale dei pagamenti del Comune o presso banche, uffici postali, tabaccherie e ricevitorie abilitate.

Se paghi entro 5 giorni dalla contestazione o dalla notifica hai diritto a una riduzione del 30% dell''importo, tranne che per le violazioni che prevedono la confisca del veicolo o la sospensione della patente.

Con il portale puoi anche vedere le fotografie delle violazioni rilevate dai varchi e dagli autovelox. Se la violazione comporta la decurtazione di punti, ricorda di comunicare i dati del conducente entro 60 giorni.', '- Accedi al portale dei pagamenti e inserisci il numero e la data del verbale.
- Verifica l''importo dovuto, che cambia in base alla data di pagamento.
- Paga con carta, conto corrente o altri strumenti disponibili su pagoPA.
- Conserva la ricevuta di pagamento.', '- Numero e data del verbale, oppure il codice avviso pagoPA.', 'Estingui la sanzione amministrativa. Il pagamento chiude il procedimento e non consente più di presentare ricorso.', '- Entro 5 giorni dalla notifica: importo ridotto del 30%.
- Entro 60 giorni: importo minimo previsto.
- Dopo 60 giorni: la sanzione diventa pari alla metà del massimo, più le spese, e viene iscritta a ruolo.', 'L''importo è indicato sul verbale e comprende le spese di accertamento e di notifica. Chi ha un reddito imponibile non superiore a 10.628,16 euro può chiedere la rateizzazione delle sanzioni superiori a 200 euro.', 'https://servizi.comune.valdimonte.it/pagamenti/multe', 'Paga online', 'Per informazioni e per vedere le fotografie delle violazioni puoi rivolgerti allo sportello del Comando di Polizia locale, in Via dei Mille 8. Allo sportello non si accettano pagamenti in contanti.', 0, 'Il servizio è erogato dal Comando di Polizia locale secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 3, 13, 'Comando di Polizia locale

- Indirizzo: Via dei Mille 8, 53100 Valdimonte (SI)
- Telefono: 0577 900300
- Email: polizialocale@comune.valdimonte.it
- PEC: polizialocale@pec.comune.valdimonte.it', 2710, 1, '2026-05-27 09:00:00'),
(28, 'ricorso-verbale-codice-strada', 'Ricorso contro un verbale del Codice della strada', 'active', '', 'Contesta una multa che ritieni ingiusta presentando ricorso al Prefetto di Siena o al Giudice di pace.', 1, 0, 'Il trasgressore, il proprietario del veicolo o l''obbligato in solido che ha ricevuto un verbale della Polizia locale di Valdimonte e non ha pagato la sanzione.', 'Contro un verbale per violazioni al Codice della strada puoi scegliere tra due strade, alternative tra loro: il ricorso al Prefetto e il ricorso al Giudice di pace.

Il ricorso al Prefetto è gratuito e si presenta entro 60 giorni dalla notifica. Se il ricorso è respinto, la sanzione applicata non può essere inferiore al doppio del minimo. Se il Prefetto non decide nei termini di legge, il ricorso si considera accolto.

Il ricorso al Giudice di pace si presenta entro 30 giorni dalla notifica e richiede il pagamento del contributo unificato. Puoi difenderti da solo, senza avvocato.

Prima del ricorso puoi segnalare al Comando errori evidenti del verbale, chiedendone l''annullamento in autotutela.', '- Scegli se presentare ricorso al Prefetto o al Giudice di pace.
- Scrivi il ricorso indicando i motivi e allega la copia del verbale e le eventuali prove.
- Per il Prefetto: invia il ricorso al Comando di Polizia locale o alla Prefettura di Siena, per raccomandata o PEC.
- Per il Giudice di pace: deposita il ricorso nella cancelleria dell''ufficio competente per il luogo della violazione.', '- Copia del verbale.
- Documenti, fotografie o testimonianze a sostegno del ricorso.
- Per il Giudice di pace: ricevuta del pagamento del contributo unificato.', 'Ottieni una decisione sul ricorso: l''archiviazione del verbale oppure un''ordinanza di pagamento.', 'Il Comando trasmette il ricorso al Prefetto entro 60 giorni; il Prefetto decide entro i successivi 120 giorni.', '- Ricorso al Prefetto: gratuito.
- Ricorso al Giudice di pace: contributo unificato di 43 euro per le sanzioni fino a 1.100 euro.', '', '', 'Puoi consegnare a mano il ricorso al Prefetto allo sportello del Comando di Polizia locale, in Via dei Mille 8, che rilascia una ricevuta.', 0, 'Il servizio è erogato dal Comando di Polizia locale secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 3, 13, 'Comando di Polizia locale

- Indirizzo: Via dei Mille 8, 53100 Valdimonte (SI)
- Telefono: 0577 900300
- Email: polizialocale@comune.valdimonte.it
- PEC: polizialocale@pec.comune.valdimonte.it', 141, 1, '2026-05-27 09:30:00'),
(29, 'oggetti-smarriti', 'Oggetti smarriti e ritrovati', 'active', '', 'Cerca un oggetto che hai perso o consegna un oggetto che hai trovato sul territorio comunale.', 1, 0, 'Chi ha perso un oggetto a Valdimonte e chi ha trovato un oggetto smarrito da altri.', 'Il Comando di Polizia locale custodisce gli oggetti ritrovati sul territorio comunale e pubblica l''elenco all''albo online, come previsto dal Codice civile.

Il proprietario può ritirare l''oggetto dimostrando che gli appartiene. Se nessuno lo reclama entro un anno dalla pubblicazione, l''oggetto spetta a chi l''ha trovato, se ne ha fatto richiesta al momento della consegna.

I documenti d''identità, le patenti e le tessere ritrovati vengono inviati agli enti che li hanno rilasciati. Chi ritrova un oggetto ha diritto a un premio dal proprietario, pari a un decimo del valore fino a 5,16 euro e a un ventesimo per la parte eccedente.', '- Consulta l''elenco degli oggetti ritrovati pubblicato online.
- Se trovi il tuo oggetto, prendi appuntamento con il Comando.
- Presentati con un documento d''identità e descrivi l''oggetto in modo dettagliato.
- Firma il verbale di restituzione e ritira l''oggetto.', '- Documento d''identità.
- Elementi che dimostrano la proprietà: descrizione dettagliata, scontrino, denuncia di smarrimento, chiavi o codici di sblocco.', 'Ottieni la restituzione dell''oggetto smarrito oppure, per chi lo ha trovato, un verbale di consegna.', 'Gli oggetti sono custoditi per un anno dalla pubblicazione all''albo online. Gli alimenti e le cose deperibili non vengono conservati.', 'La restituzione è gratuita.', 'https://servizi.comune.valdimonte.it/polizia-locale/oggetti-ritrovati', 'Consulta l''elenco', 'Consegna o ritira gli oggetti allo sportello del Comando di Polizia locale, in Via dei Mille 8, dal lunedì al sabato dalle 9:00 alle 12:30.', 0, 'Il servizio è erogato dal Comando di Polizia locale secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 3, 9, 'Comando di Polizia locale

- Indirizzo: Via dei Mille 8, 53100 Valdimonte (SI)
- Telefono: 0577 900300
- Email: polizialocale@comune.valdimonte.it
- PEC: polizialocale@pec.comune.valdimonte.it', 187, 1, '2026-07-14 12:15:00'),
(30, 'copia-rapporto-incidente-stradale', 'Copia del rapporto di incidente stradale', 'active', '', 'Richiedi la copia del rapporto redatto dalla Polizia locale su un incidente stradale in cui sei stato coinvolto.', 1, 0, 'Le persone coinvolte in un incidente stradale rilevato dalla Polizia locale di Valdimonte, i loro legali e le compagnie di assicurazione.', 'Quando la Polizia locale interviene su un incidente stradale redige un rapporto con la descrizione dei fatti, i dati delle persone e dei veicoli coinvolti, le dichiarazioni, le fotografie e la planimetria dei luoghi.

Le parti coinvolte possono ottenerne una copia, utile per la pratica di risarcimento. Se dall''incidente sono derivate lesioni personali, il rapporto viene trasmesso all''autorità giudiziaria e la copia si può rilasciare solo con il suo nulla osta.', '- Compila la richiesta indicando data, luogo e veicoli coinvolti.
- Allega la copia del documento d''identità ed eventuale delega.
- Paga i diritti con pagoPA.
- Ricevi il rapporto per PEC o ritiralo allo sportello.', '- Documento d''identità del richiedente.
- Delega, se la richiesta è presentata da un legale o da un''assicurazione.
- Ricevuta del pagamento dei diritti.', 'Ottieni la copia del rapporto di incidente stradale, completa di planimetria e fotografie se richieste.', 'Il rapporto è disponibile di norma 30 giorni dopo l''incidente. La copia viene rilasciata entro 15 giorni dalla richiesta.', '- Rapporto senza planimetria: 20 euro.
- Rapporto con planimetria: 35 euro.
- Fotografie in formato digitale: 1 euro ciascuna.', 'https://servizi.comune.valdimonte.it/polizia-locale/rapporto-incidente', 'Richiedi online', 'Puoi presentare la richiesta e ritirare il rapporto allo sportello del Comando di Polizia locale, in Via dei Mille 8.', 0, 'Il servizio è erogato dal Comando di Polizia locale secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 3, 9, 'Comando di Polizia locale

- Indirizzo: Via dei Mille 8, 53100 Valdimonte (SI)
- Telefono: 0577 900300
- Email: polizialocale@comune.valdimonte.it
- PEC: polizialocale@pec.comune.valdimonte.it', 83, 1, '2026-04-23 08:50:00'),
(31, 'comunicazione-ospitalita-stranieri', 'Comunicazione di ospitalità di cittadini stranieri', 'active', '', 'Comunica entro 48 ore l''ospitalità, l''affitto o la vendita di un immobile a una persona con cittadinanza non dell''Unione europea.', 1, 1, 'Chiunque ospiti, anche gratuitamente, una persona straniera o apolide, o le ceda in affitto o in proprietà un immobile situato a Valdimonte.', 'L''articolo 7 del Testo unico sull''immigrazione obbliga chi dà alloggio, ospitalità o cede un immobile a una persona con cittadinanza non dell''Unione europea a comunicarlo entro 48 ore all''autorità di pubblica sicurezza. Nei Comuni senza Commissariato, come Valdimonte, la comunicazione si presenta alla Polizia locale.

L''obbligo vale anche per gli ospiti che non pagano un affitto, per esempio familiari o amici. Non riguarda invece gli ospiti delle strutture ricettive, che vengono registrati dal gestore sul portale Alloggiati Web.

L''omessa comunicazione è punita con una sanzione amministrativa da 160 a 1.100 euro.', '- Scarica e compila il modulo di comunicazione di ospitalità.
- Allega la copia del documento d''identità e del permesso di soggiorno della persona ospitata.
- Firma il modulo e allega la copia del tuo documento.
- Invialo per PEC o consegnalo al Comando entro 48 ore dall''inizio dell''ospitalità.', '- Documento d''identità di chi ospita o cede l''immobile.
- Passaporto e permesso di soggiorno della persona ospitata.
- Dati dell''immobile.', 'Ottieni la ricevuta della comunicazione, con timbro e data di presentazione.', 'La comunicazione va presentata entro 48 ore dall''inizio dell''ospitalità o dalla consegna dell''immobile.', 'Il servizio è gratuito.', '', '', 'Consegna il modulo allo sportello del Comando di Polizia locale, in Via dei Mille 8: riceverai subito una copia timbrata.', 0, 'Il servizio è erogato dal Comando di Polizia locale secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 3, 9, 'Comando di Polizia locale

- Indirizzo: Via dei Mille 8, 53100 Valdimonte (SI)
- Telefono: 0577 900300
- Email: polizialocale@comune.valdimonte.it
- PEC: polizialocale@pec.comune.valdimonte.it', 226, 1, '2026-09-29 11:00:00'),
(32, 'ritiro-ingombranti', 'Ritiro ingombranti a domicilio', 'active', '', 'Prenota il ritiro gratuito sotto casa di mobili, materassi, elettrodomestici e altri rifiuti ingombranti.', 1, 0, 'Le famiglie iscritte alla TARI nel Comune di Valdimonte.', 'Il servizio di ritiro a domicilio riguarda i rifiuti di grandi dimensioni che non possono essere conferiti nei contenitori stradali: mobili, materassi, reti, divani, biciclette, elettrodomestici grandi e piccoli (RAEE).

Gli oggetti vanno lasciati a piano strada, davanti al numero civico indicato, entro le 6:00 del giorno del ritiro e in modo da non intralciare il passaggio dei pedoni. Non sono ammessi calcinacci, pneumatici, vernici, batterie e altri rifiuti pericolosi, che vanno portati al centro di raccolta.

In alternativa al ritiro puoi portare gratuitamente gli ingombranti al centro di raccolta di Via dell''Artigianato 14.', '- Prenota il ritiro online o telefonando al numero verde del gestore.
- Elenca gli oggetti da ritirare, fino a un massimo di 5 pezzi per prenotazione.
- Ricevi la conferma con la data del ritiro.
- Esponi gli oggetti a piano strada entro le 6:00 del giorno indicato.', '- Codice fiscale dell''intestatario della TARI.
- Elenco degli oggetti da ritirare.', 'Ottieni il ritiro a domicilio e il corretto smaltimento o recupero dei rifiuti ingombranti.', 'Il ritiro avviene entro 15 giorni lavorativi dalla prenotazione, di solito il mercoledì o il sabato mattina.', 'Il servizio è gratuito fino a 5 pezzi per prenotazione e per un massimo di 4 prenotazioni all''anno per famiglia.', '', '', 'Puoi prenotare anche all''Ufficio Ambiente, in Via delle Fonti 3, negli orari di apertura.', 1, 'Il servizio è erogato dall''Ufficio Ambiente secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 8, 2, 'Ufficio Ambiente

- Indirizzo: Via delle Fonti 3, 53100 Valdimonte (SI)
- Telefono: 0577 900700
- Email: ambiente@comune.valdimonte.it
- PEC: ambiente@pec.comune.valdimonte.it', 1320, 1, '2026-04-28 09:00:00'),
(33, 'compostaggio-domestico', 'Compostaggio domestico', 'active', '', 'Iscriviti all''albo dei compostatori, ricevi una compostiera in comodato e ottieni la riduzione della TARI.', 1, 0, 'Le famiglie che dispongono di un giardino o di un orto dove collocare la compostiera o realizzare una concimaia.', 'Il compostaggio domestico trasforma gli scarti di cucina e del giardino in terriccio fertile da usare nell''orto e nei vasi. Riduce la quantità di rifiuti da raccogliere e trasportare e quindi anche i costi del servizio.

Chi si iscrive all''albo dei compostatori riceve in comodato gratuito una compostiera da 310 litri e un opuscolo con le istruzioni, e ha diritto alla riduzione del 20% della quota variabile della TARI. Chi è iscritto non riceve più il contenitore per l''organico e non usufruisce della raccolta porta a porta della frazione organica.

Il personale del Comune può effettuare controlli a campione per verificare che la compostiera sia utilizzata correttamente.', '- Compila la domanda di iscrizione all''albo dei compostatori.
- Indica dove collocherai la compostiera, a una distanza adeguata dalle abitazioni vicine.
- Ritira la compostiera al centro di raccolta con la ricevuta della domanda.
- Restituisci il contenitore per l''organico al momento del ritiro.', '- Codice fiscale dell''intestatario della TARI.
- Disponibilità di un giardino o di un orto.', 'Ottieni l''iscrizione all''albo dei compostatori, la compostiera in comodato e la riduzione della TARI a partire dall''anno successivo.', 'La domanda va presentata entro il 31 gennaio per avere la riduzione nell''anno in corso; le domande successive valgono dall''anno seguente.', 'L''iscrizione e la compostiera sono gratuite.', 'https://servizi.comune.valdimonte.it/ambiente/compostaggio', 'Iscriviti online', 'Puoi presentare la domanda all''Ufficio Ambiente, in Via delle Fonti 3, negli orari di apertura.', 0, 'Il servizio è erogato dall''Ufficio Ambiente secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 8, 2, 'Ufficio Ambiente

- Indirizzo: Via delle Fonti 3, 53100 Valdimonte (SI)
- Telefono: 0577 900700
- Email: ambiente@comune.valdimonte.it
- PEC: ambiente@pec.comune.valdimonte.it', 143, 1, '2026-01-30 10:00:00'),
(34, 'segnalazione-rifiuti-abbandonati', 'Segnalazione di rifiuti abbandonati', 'active', '', 'Segnala online, con una fotografia e la posizione, la presenza di rifiuti abbandonati su strade, aree verdi o terreni pubblici.', 1, 0, 'Tutte le persone che notano rifiuti abbandonati sul territorio di Valdimonte.', 'L''abbandono di rifiuti danneggia l''ambiente e il decoro e comporta costi di pulizia che ricadono su tutti i cittadini attraverso la TARI. La legge punisce chi abbandona rifiuti con sanzioni elevate.

Con la segnalazione online puoi indicare con precisione il luogo e inviare una o più fotografie. L''Ufficio Ambiente incarica il gestore della rimozione e, se ci sono elementi utili per individuare il responsabile, trasmette la segnalazione alla Polizia locale.

Per i rifiuti pericolosi, come l''amianto, non toccare nulla e segnala subito il pericolo: la rimozione viene eseguita da ditte specializzate.', '- Accedi al servizio di segnalazione online.
- Indica la posizione sulla mappa o l''indirizzo più vicino.
- Descrivi il tipo di rifiuti e allega una o più fotografie.
- Invia la segnalazione e segui lo stato dell''intervento con il codice ricevuto.', '- Indirizzo o posizione dei rifiuti.
- Una fotografia, se possibile.', 'Ottieni la presa in carico della segnalazione e la rimozione dei rifiuti abbandonati.', 'I rifiuti vengono rimossi di norma entro 5 giorni lavorativi; i rifiuti pericolosi entro 15 giorni, dopo le analisi necessarie.', 'Il servizio è gratuito.', 'https://servizi.comune.valdimonte.it/segnalazioni/nuova?categoria=rifiuti', 'Invia una segnalazione', '', 0, 'Il servizio è erogato dall''Ufficio Ambiente secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 8, 2, 'Ufficio Ambiente

- Indirizzo: Via delle Fonti 3, 53100 Valdimonte (SI)
- Telefono: 0577 900700
- Email: ambiente@comune.valdimonte.it
- PEC: ambiente@pec.comune.valdimonte.it', 258, 1, '2026-06-08 13:00:00'),
(35, 'autorizzazione-abbattimento-alberi', 'Autorizzazione all''abbattimento di alberi', 'active', '', 'Richiedi l''autorizzazione per abbattere alberi di alto fusto in giardini e aree private, come previsto dal Regolamento del verde.', 1, 1, 'I proprietari di aree private, gli amministratori di condominio e le imprese che devono abbattere alberi di alto fusto sul territorio comunale.', 'Il Regolamento comunale del verde tutela gli alberi presenti sul territorio. Per abbattere un albero con una circonferenza del tronco superiore a 60 centimetri, misurata a 1,30 metri da terra, serve l''autorizzazione dell''Ufficio Ambiente.

L''abbattimento è autorizzato quando l''albero è morto, malato, instabile, causa danni a edifici o impianti, oppure in caso di interventi edilizi autorizzati. Di norma il proprietario deve piantare un nuovo albero in sostituzione.

Nelle aree sottoposte a vincolo paesaggistico può essere necessaria anche l''autorizzazione paesaggistica. Gli interventi di sola potatura non richiedono autorizzazione, ma devono rispettare le regole del Regolamento.', '- Compila la domanda indicando specie, dimensioni e posizione degli alberi.
- Allega le fotografie e, per gli alberi instabili, la relazione di un agronomo o di un tecnico abilitato.
- Presenta la domanda all''Ufficio Ambiente.
- Dopo il rilascio, comunica la data dell''intervento e provvedi alla ripiantumazione.', '- Planimetria con la posizione degli alberi.
- Fotografie degli alberi.
- Relazione tecnica di un agronomo o di un dottore forestale, nei casi previsti.
- Due marche da bollo da 16 euro.', 'Ottieni l''autorizzazione all''abbattimento, con le eventuali prescrizioni per la ripiantumazione.', 'L''autorizzazione è rilasciata entro 30 giorni dalla domanda completa. In caso di pericolo imminente l''abbattimento può essere eseguito subito, comunicandolo all''ufficio con la documentazione fotografica.', 'Due marche da bollo da 16 euro e diritti di istruttoria di 50 euro.', '', '', 'Presenta la domanda all''Ufficio Ambiente, in Via delle Fonti 3, oppure inviala per PEC.', 0, 'Il servizio è erogato dall''Ufficio Ambiente secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 8, 2, 'Ufficio Ambiente

- Indirizzo: Via delle Fonti 3, 53100 Valdimonte (SI)
- Telefono: 0577 900700
- Email: ambiente@comune.valdimonte.it
- PEC: ambiente@pec.comune.valdimonte.it', 54, 1, '2026-03-09 09:45:00'),
(36, 'autorizzazione-deroga-acustica', 'Autorizzazione in deroga ai limiti acustici', 'active', '', 'Richiedi la deroga ai limiti di rumore per cantieri, concerti, feste e altre attività temporanee.', 1, 1, 'Le imprese edili, gli organizzatori di manifestazioni, i gestori di locali e le associazioni che svolgono attività rumorose temporanee all''aperto o in luoghi non stabilmente destinati allo spettacolo.', 'Le attività temporanee che superano i limiti di rumore del piano comunale di classificazione acustica possono essere svolte solo con un''autorizzazione in deroga, prevista dalla legge 447/1995 e dalla legge regionale toscana 89/1998.

Il Regolamento comunale delle attività rumorose prevede una procedura semplificata, con una semplice comunicazione, per le attività che rispettano gli orari e i limiti stabiliti: per esempio i cantieri nei giorni feriali dalle 8:00 alle 19:00 e le manifestazioni che terminano entro mezzanotte.

Per le attività che superano quei limiti serve la domanda di autorizzazione ordinaria, con la relazione di un tecnico competente in acustica; il Comune può chiedere il parere dell''ARPAT.', '- Verifica se la tua attività rientra nella procedura semplificata.
- Compila la comunicazione o la domanda di autorizzazione con date, orari e sorgenti di rumore.
- Per la procedura ordinaria, allega la relazione del tecnico competente in acustica.
- Presenta la pratica all''Ufficio Ambiente o, per le attività d''impresa, tramite il SUAP.', '- Descrizione dell''attività, delle date e degli orari.
- Planimetria con la posizione delle sorgenti sonore e degli edifici vicini.
- Relazione del tecnico competente in acustica, per la procedura ordinaria.', 'Ottieni la presa d''atto della comunicazione o l''autorizzazione in deroga, con le prescrizioni su orari e livelli sonori.', '- Procedura semplificata: la comunicazione va presentata almeno 15 giorni prima dell''attività.
- Procedura ordinaria: la domanda va presentata almeno 45 giorni prima; l''autorizzazione è rilasciata entro 30 giorni.', '- Procedura semplificata: gratuita.
- Procedura ordinaria: due marche da bollo da 16 euro e diritti di istruttoria di 40 euro.', '', '', 'Puoi presentare la pratica all''Ufficio Ambiente, in Via delle Fonti 3, negli orari di apertura.', 0, 'Il servizio è erogato dall''Ufficio Ambiente secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 8, 2, 'Ufficio Ambiente

- Indirizzo: Via delle Fonti 3, 53100 Valdimonte (SI)
- Telefono: 0577 900700
- Email: ambiente@comune.valdimonte.it
- PEC: ambiente@pec.comune.valdimonte.it', 39, 1, '2026-05-18 10:15:00'),
(37, 'anagrafe-animali-affezione', 'Iscrizione all''anagrafe degli animali d''affezione', 'active', '', 'Iscrivi il tuo cane, gatto o furetto all''anagrafe regionale e comunica le variazioni: cambio di proprietario, smarrimento, decesso.', 1, 0, 'Le persone residenti a Valdimonte proprietarie o detentrici di un cane, di un gatto o di un furetto.', 'L''anagrafe degli animali d''affezione consente di ritrovare gli animali smarriti e di contrastare l''abbandono. In Toscana l''iscrizione è obbligatoria per i cani ed è fortemente consigliata per gatti e furetti.

Per l''iscrizione l''animale deve essere identificato con un microchip, applicato da un veterinario dell''Azienda USL o da un veterinario libero professionista accreditato. Spesso è lo stesso veterinario a iscrivere l''animale; in alternativa puoi farlo in Comune.

Devi comunicare anche tutte le variazioni: cambio di residenza, cessione dell''animale, smarrimento, ritrovamento e decesso.', '- Fai applicare il microchip all''animale da un veterinario.
- Presentati all''Ufficio Ambiente con il certificato di applicazione del microchip.
- Compila il modulo di iscrizione o di variazione.
- Ricevi il certificato di iscrizione all''anagrafe.', '- Documento d''identità del proprietario.
- Certificato di applicazione del microchip.
- Per le cessioni: dati del nuovo proprietario e sua firma per accettazione.', 'Ottieni l''iscrizione dell''animale all''anagrafe regionale e il relativo certificato.', 'Il cane va iscritto entro 60 giorni dalla nascita o entro 10 giorni da quando ne sei entrato in possesso. Lo smarrimento va denunciato entro 3 giorni.', 'L''iscrizione in Comune è gratuita. Il costo dell''applicazione del microchip dipende dal veterinario.', '', '', 'Presentati all''Ufficio Ambiente, in Via delle Fonti 3, il lunedì e il mercoledì mattina.', 0, 'Il servizio è erogato dall''Ufficio Ambiente secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 8, 2, 'Ufficio Ambiente

- Indirizzo: Via delle Fonti 3, 53100 Valdimonte (SI)
- Telefono: 0577 900700
- Email: ambiente@comune.valdimonte.it
- PEC: ambiente@pec.comune.valdimonte.it', 231, 1, '2026-02-19 09:25:00'),
(38, 'iscrizione-asilo-nido', 'Iscrizione all''asilo nido', 'active', '', 'Iscrivi la tua bambina o il tuo bambino al nido comunale "Il Girasole" o ai nidi privati convenzionati, per i piccoli dai 3 ai 36 mesi.', 1, 0, 'Le famiglie residenti a Valdimonte con bambine e bambini di età compresa tra 3 e 36 mesi. Le domande dei non residenti sono accolte solo se restano posti disponibili.', 'Il nido comunale "Il Girasole", in Via Giacomo Puccini 14, accoglie 48 bambini in tre sezioni (lattanti, medi e grandi), dal lunedì al venerdì dalle 7:30 alle 16:30. Il Comune ha inoltre una convenzione con due nidi privati del territorio.

Le domande si presentano ogni anno in primavera, sulla base di un avviso pubblico. I posti sono assegnati secondo una graduatoria che tiene conto della situazione lavorativa dei genitori, della composizione del nucleo familiare e di eventuali situazioni di fragilità.

Le domande presentate dopo la scadenza entrano in una lista d''attesa e vengono soddisfatte se si liberano posti durante l''anno.', '- Leggi l''avviso pubblico con i criteri della graduatoria.
- Compila la domanda online con SPID, CIE o CNS.
- Indica il nido preferito e l''orario di frequenza (tempo pieno o tempo corto).
- Consulta la graduatoria e accetta il posto entro il termine indicato.', '- Attestazione ISEE per prestazioni agevolate rivolte ai minorenni, per ottenere la tariffa ridotta.
- Dati dei datori di lavoro dei genitori.
- Certificazioni sanitarie o sociali per le situazioni che danno diritto a precedenza.', 'Ottieni la posizione in graduatoria e, se il posto è assegnato, l''ammissione al nido per l''anno educativo.', 'Le domande si presentano dal 1° aprile al 15 maggio. La graduatoria provvisoria è pubblicata entro il 15 giugno e quella definitiva entro il 30 giugno. L''anno educativo inizia a settembre.', 'La retta mensile va da 60 a 480 euro per il tempo pieno, in base all''ISEE. Le famiglie con ISEE fino a 35.000 euro possono beneficiare della misura regionale "Nidi gratis", se attivata per l''anno educativo, e del bonus asilo nido dell''INPS.', 'https://servizi.comune.valdimonte.it/scuola/iscrizione-nido', 'Iscriviti online', 'L''Ufficio Servizi educativi, in Via Giacomo Puccini 12, aiuta su appuntamento le famiglie nella compilazione della domanda online.', 1, 'Il servizio è erogato dall''Ufficio Servizi educativi e scolastici secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 4, 8, 'Ufficio Servizi educativi e scolastici

- Indirizzo: Via Giacomo Puccini 12, 53100 Valdimonte (SI)
- Telefono: 0577 900400
- Email: scuola@comune.valdimonte.it
- PEC: scuola@pec.comune.valdimonte.it', 137, 1, '2026-03-23 09:00:00'),
(39, 'iscrizione-mensa-scolastica', 'Iscrizione alla mensa scolastica', 'active', '', 'Iscrivi le tue figlie e i tuoi figli al servizio di ristorazione delle scuole dell''infanzia, primarie e secondarie di primo grado.', 1, 0, 'Le famiglie di bambine, bambini e ragazzi che frequentano le scuole dell''infanzia, primarie e secondarie di primo grado statali di Valdimonte con orario pomeridiano.', 'I pasti sono preparati ogni giorno nel centro cottura comunale di Via delle Fonti, con prodotti biologici e a chilometro zero, secondo menù stagionali approvati dalla dietista dell''Azienda USL.

L''iscrizione vale per un solo anno scolastico e va rinnovata ogni anno. Il servizio si paga con un sistema a credito: ricarichi il borsellino elettronico del bambino e ogni pasto consumato viene scalato automaticamente.

La tariffa è ridotta in base all''ISEE e per il secondo e gli ulteriori figli iscritti.', '- Accedi al portale dei servizi scolastici con SPID, CIE o CNS.
- Compila la domanda di iscrizione per ogni figlio.
- Inserisci i dati ISEE, se vuoi ottenere la tariffa agevolata.
- Ricarica il borsellino elettronico con pagoPA prima dell''inizio della scuola.', '- Codice fiscale del genitore e del bambino.
- Attestazione ISEE per prestazioni rivolte ai minorenni, per la tariffa agevolata.
- Per le diete speciali: la domanda specifica con il certificato medico.', 'Ottieni l''iscrizione al servizio di mensa per l''anno scolastico e le credenziali per consultare presenze e saldo del borsellino.', 'Le iscrizioni per l''anno scolastico 2026/2027 si sono aperte il 15 giugno; le domande presentate dopo il 31 luglio sono accolte con attivazione entro 10 giorni.', '- Tariffa intera: 4,80 euro a pasto.
- ISEE fino a 8.000 euro: 2,00 euro a pasto.
- ISEE da 8.000,01 a 15.000 euro: 3,20 euro a pasto.
- Secondo figlio e successivi: riduzione del 20%.', 'https://servizi.comune.valdimonte.it/scuola/mensa', 'Iscriviti online', 'L''Ufficio Servizi educativi, in Via Giacomo Puccini 12, aiuta le famiglie che hanno difficoltà con l''iscrizione online.', 0, 'Il servizio è erogato dall''Ufficio Servizi educativi e scolastici secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 4, 8, 'Ufficio Servizi educativi e scolastici

- Indirizzo: Via Giacomo Puccini 12, 53100 Valdimonte (SI)
- Telefono: 0577 900400
- Email: scuola@comune.valdimonte.it
- PEC: scuola@pec.comune.valdimonte.it', 892, 1, '2026-07-15 10:00:00'),
(40, 'dieta-speciale-mensa', 'Dieta speciale per la mensa scolastica', 'active', '', 'Richiedi un menù personalizzato a scuola per allergie, intolleranze, celiachia o altre patologie, oppure per motivi etici o religiosi.', 1, 0, 'Le famiglie di bambine, bambini e ragazzi iscritti alla mensa scolastica o al nido comunale che devono seguire un''alimentazione particolare.', 'Il servizio di ristorazione scolastica prepara diete speciali per motivi di salute, come allergie, intolleranze alimentari, celiachia, diabete, e diete per motivi etici o religiosi, per esempio senza carne o senza carne di maiale.

Le diete per motivi di salute sono elaborate dalla dietista sulla base del certificato medico e preparate in un''area separata del centro cottura. Le diete leggere, per indisposizioni temporanee, si chiedono direttamente agli insegnanti e durano fino a 3 giorni senza certificato.', '- Compila la domanda di dieta speciale sul portale dei servizi scolastici.
- Allega il certificato medico, per le diete sanitarie.
- Attendi la comunicazione della dietista con il menù personalizzato.
- Comunica all''ufficio ogni variazione o la fine della dieta.', '- Per le diete sanitarie: certificato del pediatra o del medico specialista con la diagnosi e gli alimenti da escludere.
- Per le diete etiche o religiose: dichiarazione del genitore.', 'Ottieni la somministrazione a scuola di un menù personalizzato per tutto l''anno scolastico.', 'La dieta viene attivata entro 10 giorni lavorativi dalla domanda completa. Le diete per motivi di salute vanno rinnovate ogni anno scolastico, salvo la celiachia e le patologie croniche.', 'Il servizio è gratuito: il pasto con dieta speciale costa come il pasto ordinario.', 'https://servizi.comune.valdimonte.it/scuola/dieta-speciale', 'Richiedi online', 'Puoi consegnare la domanda e il certificato all''Ufficio Servizi educativi, in Via Giacomo Puccini 12.', 0, 'Il servizio è erogato dall''Ufficio Servizi educativi e scolastici secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 4, 8, 'Ufficio Servizi educativi e scolastici

- Indirizzo: Via Giacomo Puccini 12, 53100 Valdimonte (SI)
- Telefono: 0577 900400
- Email: scuola@comune.valdimonte.it
- PEC: scuola@pec.comune.valdimonte.it', 121, 1, '2026-08-31 12:10:00'),
(41, 'trasporto-scolastico', 'Trasporto scolastico', 'active', '', 'Iscrivi le tue figlie e i tuoi figli allo scuolabus comunale che li accompagna da casa a scuola e ritorno.', 1, 0, 'Le famiglie residenti a Valdimonte con figli iscritti alle scuole dell''infanzia, primarie e secondarie di primo grado del territorio, che abitano ad almeno 1 chilometro dalla scuola.', 'Il Comune organizza il trasporto scolastico con quattro scuolabus che collegano le frazioni e le zone di campagna alle scuole del capoluogo. Sugli scuolabus che trasportano bambini della scuola dell''infanzia è sempre presente un accompagnatore.

I percorsi, le fermate e gli orari sono definiti ogni anno in base alle iscrizioni e comunicati alle famiglie prima dell''inizio della scuola. I bambini della scuola dell''infanzia e della primaria devono essere accolti alla fermata da un genitore o da una persona delegata.', '- Compila la domanda online con SPID, CIE o CNS.
- Indica la scuola, l''indirizzo di salita e discesa e se usi il servizio solo all''andata o al ritorno.
- Indica le persone delegate al ritiro alla fermata.
- Paga la tariffa in due rate con gli avvisi pagoPA che riceverai.', '- Codice fiscale del genitore e del figlio.
- Attestazione ISEE per la tariffa agevolata.
- Documento d''identità delle persone delegate al ritiro.', 'Ottieni l''iscrizione al servizio, con l''indicazione della fermata e degli orari.', 'Le domande si presentano entro il 30 giugno. Le domande successive sono accolte solo se ci sono posti disponibili sul percorso richiesto.', '- Andata e ritorno: 220 euro all''anno.
- Solo andata o solo ritorno: 150 euro all''anno.
- ISEE fino a 8.000 euro: esenzione; ISEE fino a 15.000 euro: riduzione del 40%.', 'https://servizi.comune.valdimonte.it/scuola/trasporto', 'Iscriviti online', 'L''Ufficio Servizi educativi, in Via Giacomo Puccini 12, riceve le domande delle famiglie che non possono usare il servizio online.', 0, 'Il servizio è erogato dall''Ufficio Servizi educativi e scolastici secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 4, 8, 'Ufficio Servizi educativi e scolastici

- Indirizzo: Via Giacomo Puccini 12, 53100 Valdimonte (SI)
- Telefono: 0577 900400
- Email: scuola@comune.valdimonte.it
- PEC: scuola@pec.comune.valdimonte.it', 308, 1, '2026-06-01 09:40:00'),
(42, 'pre-scuola-e-post-scuola', 'Pre-scuola e post-scuola', 'active', '', 'Iscrivi le tue figlie e i tuoi figli all''accoglienza prima dell''inizio delle lezioni e alle attività dopo la fine dell''orario scolastico.', 1, 0, 'Le famiglie con figli iscritti alle scuole primarie di Valdimonte nelle quali entrambi i genitori lavorano o hanno esigenze documentate.', 'Il pre-scuola accoglie i bambini nei locali della scuola dalle 7:30 fino all''inizio delle lezioni. Il post-scuola prosegue dopo la fine delle lezioni fino alle 18:00, con attività ludiche, laboratori e spazio per i compiti.

Le attività sono svolte da educatori qualificati di una cooperativa incaricata dal Comune. Il servizio si attiva in ciascuna scuola se si raggiunge un numero minimo di 10 iscritti.', '- Compila la domanda online indicando il servizio scelto (pre-scuola, post-scuola o entrambi).
- Allega la dichiarazione sull''attività lavorativa dei genitori.
- Ricevi la conferma dell''attivazione del servizio nella scuola.
- Paga la tariffa con gli avvisi pagoPA trimestrali.', '- Dichiarazione sull''attività lavorativa dei genitori.
- Codice fiscale del genitore e del bambino.', 'Ottieni l''iscrizione al servizio per tutto l''anno scolastico.', 'Le domande si presentano entro il 30 giugno; i servizi iniziano con il primo giorno di scuola.', '- Pre-scuola: 120 euro all''anno.
- Post-scuola: 60 euro al mese.', 'https://servizi.comune.valdimonte.it/scuola/pre-post-scuola', 'Iscriviti online', 'L''Ufficio Servizi educativi, in Via Giacomo Puccini 12, fornisce informazioni e aiuta nella compilazione delle domande.', 0, 'Il servizio è erogato dall''Ufficio Servizi educativi e scolastici secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 4, 8, 'Ufficio Servizi educativi e scolastici

- Indirizzo: Via Giacomo Puccini 12, 53100 Valdimonte (SI)
- Telefono: 0577 900400
- Email: scuola@comune.valdimonte.it
- PEC: scuola@pec.comune.valdimonte.it', 176, 1, '2026-06-01 09:50:00'),
(43, 'pacchetto-scuola', 'Pacchetto scuola', 'inactive', 'Il bando per l''anno scolastico 2026/2027 si è chiuso il 29 maggio 2026. La nuova edizione sarà pubblicata nella primavera 2027.', 'Chiedi il contributo della Regione Toscana per l''acquisto di libri, materiale didattico e servizi scolastici per studenti di famiglie con ISEE basso.', 1, 0, 'Studentesse e studenti residenti a Valdimonte, di età non superiore a 20 anni, iscritti a una scuola primaria, secondaria di primo grado o secondaria di secondo grado, con un ISEE del nucleo familiare non superiore alla soglia fissata dal bando regionale.', 'Il Pacchetto scuola è un incentivo economico della Regione Toscana per il diritto allo studio, destinato a sostenere le spese per libri di testo, materiale didattico e servizi scolastici.

Il Comune raccoglie le domande, forma la graduatoria degli aventi diritto e liquida il contributo con le risorse assegnate dalla Regione. L''importo varia in base all''ordine e al grado di scuola frequentata ed è maggiorato per gli studenti con disabilità.', '- Leggi il bando pubblicato ogni anno in primavera.
- Compila la domanda online entro la scadenza.
- Consulta la graduatoria provvisoria e presenta eventuali ricorsi.
- Ricevi il contributo con accredito sul conto corrente indicato.', '- Attestazione ISEE in corso di validità.
- Dati della scuola e della classe frequentata.
- Codice IBAN intestato al genitore o allo studente maggiorenne.', 'Ottieni un contributo economico per le spese scolastiche dell''anno.', 'Il bando è pubblicato ogni anno in aprile e resta aperto circa un mese. La graduatoria definitiva è pubblicata in estate e il contributo è liquidato entro dicembre.', 'La domanda è gratuita.', 'https://servizi.comune.valdimonte.it/scuola/pacchetto-scuola', 'Presenta la domanda', 'Durante l''apertura del bando l''Ufficio Servizi educativi, in Via Giacomo Puccini 12, aiuta le famiglie nella compilazione della domanda.', 0, 'Il servizio è erogato dall''Ufficio Servizi educativi e scolastici secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 4, 8, 'Ufficio Servizi educativi e scolastici

- Indirizzo: Via Giacomo Puccini 12, 53100 Valdimonte (SI)
- Telefono: 0577 900400
- Email: scuola@comune.valdimonte.it
- PEC: scuola@pec.comune.valdimonte.it', 262, 1, '2026-06-04 08:30:00'),
(44, 'centri-estivi', 'Centri estivi comunali', 'inactive', 'Le iscrizioni ai centri estivi 2026 sono chiuse. Le iscrizioni per l''estate 2027 apriranno a maggio.', 'Iscrivi le tue figlie e i tuoi figli ai centri estivi con attività sportive, laboratori e gite, da fine giugno a fine agosto.', 1, 0, 'Bambine, bambini e ragazzi dai 3 ai 14 anni, con priorità per i residenti a Valdimonte.', 'Durante l''estate il Comune organizza i centri estivi in collaborazione con le associazioni sportive e culturali del territorio. Si svolgono presso la scuola primaria "Gianni Rodari" e il centro sportivo "La Pineta", dal lunedì al venerdì dalle 8:00 alle 16:30, pranzo compreso.

Il programma comprende attività sportive, laboratori artistici, letture in biblioteca, giochi d''acqua e una gita settimanale. L''iscrizione è settimanale e si possono scegliere uno o più turni.', '- Compila la domanda online nel periodo di apertura delle iscrizioni.
- Scegli le settimane di frequenza.
- Ricevi la conferma e paga la quota con pagoPA.
- Partecipa alla riunione di presentazione con gli educatori.', '- Codice fiscale del genitore e del bambino.
- Attestazione ISEE per le riduzioni.
- Certificazioni sanitarie per allergie o diete speciali.', 'Ottieni l''iscrizione ai centri estivi per le settimane scelte.', 'Le iscrizioni sono aperte nel mese di maggio. I centri estivi si svolgono dall''ultima settimana di giugno alla fine di agosto.', 'La quota settimanale è di 95 euro, pranzo compreso. Per le famiglie con ISEE fino a 15.000 euro la quota è ridotta a 55 euro.', 'https://servizi.comune.valdimonte.it/scuola/centri-estivi', 'Iscriviti online', 'L''Ufficio Servizi educativi, in Via Giacomo Puccini 12, riceve le domande nel periodo di apertura delle iscrizioni.', 0, 'Il servizio è erogato dall''Ufficio Servizi educativi e scolastici secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 4, 8, 'Ufficio Servizi educativi e scolastici

- Indirizzo: Via Giacomo Puccini 12, 53100 Valdimonte (SI)
- Telefono: 0577 900400
- Email: scuola@comune.valdimonte.it
- PEC: scuola@pec.comune.valdimonte.it', 244, 1, '2026-09-15 09:00:00'),
(45, 'assegno-di-maternita', 'Assegno di maternità dei Comuni', 'active', '', 'Chiedi l''assegno per le madri che non hanno un''indennità di maternità, o ne hanno una inferiore, per la nascita, l''adozione o l''affidamento di un figlio.', 1, 0, 'Le madri residenti a Valdimonte, con cittadinanza italiana, dell''Unione europea o con un permesso di soggiorno che dà diritto alla prestazione, che non ricevono un''indennità di maternità o ne ricevono una di importo inferiore all''assegno.', 'L''assegno di maternità dei Comuni è previsto dall''articolo 74 del decreto legislativo 151/2001. Spetta per ogni figlio nato o adottato, o entrato in famiglia in affidamento preadottivo, se l''ISEE del nucleo familiare non supera la soglia stabilita ogni anno.

Il Comune riceve la domanda, verifica i requisiti e comunica all''INPS l''elenco delle aventi diritto; l''INPS paga l''assegno in un''unica soluzione. Se la madre riceve un''indennità di maternità inferiore, l''assegno spetta per la differenza.', '- Richiedi l''attestazione ISEE con la dichiarazione sostitutiva unica (DSU).
- Compila la domanda di assegno di maternità.
- Presenta la domanda all''Ufficio Servizi sociali entro 6 mesi dalla nascita o dall''ingresso del figlio in famiglia.
- Ricevi il pagamento dall''INPS sul conto corrente indicato.', '- Attestazione ISEE in corso di validità.
- Documento d''identità e, per le cittadine non comunitarie, permesso di soggiorno.
- Codice IBAN intestato o cointestato alla richiedente.
- Eventuale documentazione sull''indennità di maternità ricevuta.', 'Ottieni l''assegno di maternità, pari a cinque mensilità dell''importo fissato ogni anno dalla legge, pagato dall''INPS.', 'La domanda va presentata entro 6 mesi dalla nascita o dall''ingresso del minore in famiglia. Il Comune trasmette i dati all''INPS entro 45 giorni; il pagamento avviene di norma entro 3 mesi.', 'La domanda è gratuita. I CAF convenzionati compilano gratuitamente la DSU.', '', '', 'Presenta la domanda all''Ufficio Servizi sociali, in Via San Francesco 5, negli orari di apertura dello sportello amministrativo.', 0, 'Il servizio è erogato dall''Ufficio Servizi sociali secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 5, 12, 'Ufficio Servizi sociali

- Indirizzo: Via San Francesco 5, 53100 Valdimonte (SI)
- Telefono: 0577 900500
- Email: sociale@comune.valdimonte.it
- PEC: sociale@pec.comune.valdimonte.it', 36, 1, '2026-02-05 10:00:00'),
(46, 'contributo-affitto', 'Contributo affitto', 'inactive', 'Il bando 2026 è chiuso. La nuova edizione aprirà a giugno 2027.', 'Chiedi il contributo ad integrazione del canone di locazione per le famiglie in affitto con reddito basso.', 1, 0, 'Le famiglie residenti a Valdimonte titolari di un contratto di locazione registrato per un''abitazione ad uso residenziale, non di edilizia pubblica, con un ISEE e un''incidenza del canone sul reddito entro i limiti del bando.', 'Il contributo affitto è finanziato dal Fondo per il sostegno all''accesso alle abitazioni in locazione, previsto dalla legge 431/1998, con risorse dello Stato, della Regione Toscana e del Comune.

Le domande sono suddivise in due fasce: nella fascia A rientrano le famiglie con ISEE più basso e un''incidenza del canone sul reddito di almeno il 14%; nella fascia B quelle con ISEE entro la soglia del bando e un''incidenza del canone di almeno il 24%.

Il contributo è calcolato in proporzione al canone pagato e viene erogato in base alle risorse disponibili, secondo la graduatoria.', '- Leggi il bando pubblicato ogni anno in estate.
- Compila la domanda online o su carta entro la scadenza.
- Consulta la graduatoria provvisoria e presenta eventuali opposizioni.
- A fine anno presenta le ricevute di pagamento dell''affitto per ottenere l''erogazione.', '- Attestazione ISEE in corso di validità.
- Contratto di locazione registrato.
- Ricevute di pagamento del canone.
- Per i cittadini non comunitari: permesso di soggiorno.', 'Ottieni un contributo economico che copre una parte dell''affitto pagato nell''anno.', 'Il bando è aperto di norma per 45 giorni tra giugno e luglio. La graduatoria definitiva è pubblicata in autunno e il contributo è erogato entro la primavera dell''anno successivo.', 'La domanda è gratuita.', 'https://servizi.comune.valdimonte.it/sociale/contributo-affitto', 'Presenta la domanda', 'Quando il bando è aperto, lo sportello dell''Ufficio Servizi sociali, in Via San Francesco 5, riceve le domande e aiuta nella compilazione.', 0, 'Il servizio è erogato dall''Ufficio Servizi sociali secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 5, 12, 'Ufficio Servizi sociali

- Indirizzo: Via San Francesco 5, 53100 Valdimonte (SI)
- Telefono: 0577 900500
- Email: sociale@comune.valdimonte.it
- PEC: sociale@pec.comune.valdimonte.it', 318, 1, '2026-08-20 09:30:00'),
(47, 'bonus-idrico-integrativo', 'Bonus idrico integrativo', 'active', '', 'Chiedi l''agevolazione sulla bolletta dell''acqua per le famiglie in condizioni di disagio economico, che si aggiunge al bonus sociale nazionale.', 1, 0, 'Le famiglie residenti a Valdimonte con un ISEE non superiore a 12.000 euro (20.000 euro per le famiglie con almeno quattro figli a carico), titolari di una fornitura idrica diretta o che abitano in un condominio con contatore centralizzato.', 'Il bonus idrico integrativo è un''agevolazione prevista dall''Autorità idrica toscana e finanziata attraverso la tariffa del servizio idrico. Si aggiunge al bonus sociale idrico nazionale, che viene riconosciuto automaticamente in base all''ISEE.

Il Comune raccoglie le domande e trasmette al gestore del servizio idrico l''elenco delle famiglie aventi diritto. Il bonus viene riconosciuto come credito nella bolletta o, per le utenze condominiali, con un pagamento diretto.', '- Compila la domanda online o su carta.
- Allega la bolletta dell''acqua più recente.
- Presenta la domanda entro il 15 dicembre 2026.
- Verifica il credito nelle bollette dell''anno successivo.', '- Attestazione ISEE in corso di validità.
- Copia di una bolletta dell''acqua o, per le utenze condominiali, dichiarazione dell''amministratore.
- Documento d''identità del richiedente.', 'Ottieni un rimborso di una parte della spesa per l''acqua, accreditato in bolletta.', 'Le domande per il 2026 si presentano dal 20 ottobre al 15 dicembre 2026. Il credito viene riconosciuto nelle bollette emesse nel primo semestre del 2027.', 'La domanda è gratuita.', 'https://servizi.comune.valdimonte.it/sociale/bonus-idrico', 'Presenta la domanda', 'Presenta la domanda allo sportello dell''Ufficio Servizi sociali, in Via San Francesco 5, negli orari di apertura.', 0, 'Il servizio è erogato dall''Ufficio Servizi sociali secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 5, 12, 'Ufficio Servizi sociali

- Indirizzo: Via San Francesco 5, 53100 Valdimonte (SI)
- Telefono: 0577 900500
- Email: sociale@comune.valdimonte.it
- PEC: sociale@pec.comune.valdimonte.it', 421, 1, '2026-10-20 09:00:00'),
(48, 'assistenza-domiciliare', 'Assistenza domiciliare per anziani e persone con disabilità', 'active', '', 'Chiedi l''aiuto a domicilio di operatori socio-sanitari per la cura della persona e della casa, per chi non è del tutto autosufficiente.', 1, 0, 'Le persone anziane e le persone con disabilità residenti a Valdimonte che hanno una ridotta autonomia e una rete familiare che non riesce a garantire l''assistenza necessaria.', 'Il servizio di assistenza domiciliare aiuta le persone a restare nella propria casa il più a lungo possibile. Gli operatori socio-sanitari si occupano dell''igiene personale, dell''aiuto nell''alzarsi e vestirsi, della preparazione dei pasti, di piccole commissioni e della cura dell''ambiente domestico.

Dopo la domanda, l''assistente sociale effettua una visita a domicilio e, insieme alla persona e alla famiglia, definisce un progetto di assistenza personalizzato, con la frequenza e la durata degli interventi.

Il servizio è svolto in collaborazione con la Società della Salute; per le situazioni che richiedono anche cure sanitarie si attiva l''assistenza domiciliare integrata con il medico di famiglia.', '- Prenota un colloquio con l''assistente sociale.
- Presenta la domanda con l''attestazione ISEE.
- Concorda il progetto di assistenza durante la visita domiciliare.
- Firma il progetto e ricevi la data di inizio del servizio.', '- Attestazione ISEE per prestazioni socio-sanitarie.
- Documentazione sanitaria sulle condizioni della persona.
- Eventuale verbale di invalidità civile o di handicap.', 'Ottieni un progetto di assistenza personalizzato e gli interventi degli operatori a domicilio.', 'La visita dell''assistente sociale avviene entro 15 giorni dalla domanda; il servizio si attiva entro 30 giorni, in base alle risorse disponibili e alla priorità del bisogno.', 'La quota di partecipazione va da 0 a 16 euro per ogni ora di servizio, in base all''ISEE. Con ISEE fino a 7.500 euro il servizio è gratuito.', '', '', 'I colloqui con l''assistente sociale si svolgono su appuntamento all''Ufficio Servizi sociali, in Via San Francesco 5, o a domicilio se la persona non può muoversi.', 1, 'Il servizio è erogato dall''Ufficio Servizi sociali secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 5, 12, 'Ufficio Servizi sociali

- Indirizzo: Via San Francesco 5, 53100 Valdimonte (SI)
- Telefono: 0577 900500
- Email: sociale@comune.valdimonte.it
- PEC: sociale@pec.comune.valdimonte.it', 94, 1, '2026-05-04 11:00:00'),
(49, 'contributi-economici-sostegno', 'Contributi economici di sostegno al reddito', 'active', '', 'Chiedi un aiuto economico temporaneo se la tua famiglia si trova in difficoltà per la perdita del lavoro, una malattia o spese impreviste.', 1, 0, 'Le persone e le famiglie residenti a Valdimonte in condizione di temporanea difficoltà economica, con un ISEE non superiore a 6.000 euro.', 'Il Comune può concedere contributi economici ordinari o straordinari per aiutare le famiglie ad affrontare un momento di difficoltà: pagamento di bollette, spese sanitarie, spese per la casa o per i figli.

Il contributo fa parte di un progetto personalizzato concordato con l''assistente sociale, che può comprendere anche l''orientamento al lavoro, l''accesso alle misure nazionali come l''assegno di inclusione e il collegamento con le associazioni di volontariato.

Il Regolamento comunale stabilisce gli importi massimi e i criteri di valutazione.', '- Prenota un colloquio con l''assistente sociale.
- Illustra la tua situazione e presenta la documentazione economica.
- Concorda con l''assistente sociale il progetto personalizzato.
- Ricevi la comunicazione sull''esito della domanda.', '- Attestazione ISEE in corso di validità.
- Documentazione delle spese per cui si chiede il contributo.
- Eventuale documentazione sulla perdita del lavoro o sullo stato di salute.', 'Ottieni un contributo economico, pagato con accredito sul conto corrente o direttamente al fornitore del servizio.', 'Il Comune decide entro 30 giorni dal colloquio. Nei casi urgenti è possibile un intervento immediato.', 'La domanda è gratuita.', '', '', 'I colloqui con l''assistente sociale si svolgono su appuntamento all''Ufficio Servizi sociali, in Via San Francesco 5.', 1, 'Il servizio è erogato dall''Ufficio Servizi sociali secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 5, 12, 'Ufficio Servizi sociali

- Indirizzo: Via San Francesco 5, 53100 Valdimonte (SI)
- Telefono: 0577 900500
- Email: sociale@comune.valdimonte.it
- PEC: sociale@pec.comune.valdimonte.it', 183, 1, '2026-03-13 09:10:00'),
(50, 'alloggi-edilizia-residenziale-pubblica', 'Assegnazione di alloggi di edilizia residenziale pubblica', 'inactive', 'Il bando ERP 2026 si è chiuso il 15 settembre 2026. La graduatoria provvisoria sarà pubblicata entro gennaio 2027.', 'Partecipa al bando per l''assegnazione delle case popolari disponibili nel territorio comunale.', 1, 0, 'I nuclei familiari residenti o che lavorano a Valdimonte, in possesso dei requisiti previsti dalla legge regionale toscana 2/2019, tra cui un ISEE non superiore a 16.500 euro e l''assenza di altri alloggi adeguati in proprietà.', 'Gli alloggi di edilizia residenziale pubblica (ERP) sono assegnati in locazione, con un canone calcolato in base al reddito, alle famiglie con difficoltà economiche. Il Comune pubblica un bando almeno ogni quattro anni e aggiorna la graduatoria con bandi integrativi.

La graduatoria tiene conto delle condizioni sociali, economiche, familiari e abitative: per esempio la presenza di persone anziane o con disabilità, lo sfratto esecutivo, il sovraffollamento o l''anzianità di presenza nella graduatoria.

Gli alloggi sono gestiti dalla società pubblica che amministra il patrimonio di edilizia residenziale pubblica dei Comuni della provincia di Siena.', '- Leggi il bando e verifica di avere tutti i requisiti.
- Compila la domanda online o su carta entro la scadenza.
- Consulta la graduatoria provvisoria e presenta eventuale ricorso alla Commissione.
- Se sei in posizione utile nella graduatoria definitiva, attendi la proposta di un alloggio.', '- Attestazione ISEE in corso di validità.
- Documentazione che attesta le condizioni che danno punteggio (sfratto, invalidità, sovraffollamento).
- Per i cittadini non comunitari: permesso di soggiorno di durata almeno biennale.', 'Ottieni l''inserimento nella graduatoria e, quando si rende disponibile un alloggio adeguato, l''assegnazione in locazione.', 'Il bando resta aperto 60 giorni. La graduatoria provvisoria è pubblicata entro 120 giorni dalla chiusura e quella definitiva dopo l''esame dei ricorsi.', 'La domanda richiede una marca da bollo da 16 euro.', 'https://servizi.comune.valdimonte.it/sociale/bando-erp', 'Presenta la domanda', 'Quando il bando è aperto, lo sportello dell''Ufficio Servizi sociali, in Via San Francesco 5, riceve le domande e fornisce assistenza nella compilazione.', 0, 'Il servizio è erogato dall''Ufficio Servizi sociali secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 5, 12, 'Ufficio Servizi sociali

- Indirizzo: Via San Francesco 5, 53100 Valdimonte (SI)
- Telefono: 0577 900500
- Email: sociale@comune.valdimonte.it
- PEC: sociale@pec.comune.valdimonte.it', 152, 1, '2026-09-16 10:00:00'),
(51, 'trasporto-sociale', 'Trasporto sociale', 'active', '', 'Prenota l''accompagnamento con mezzi attrezzati verso ospedali, ambulatori e centri diurni per persone anziane o con disabilità.', 1, 0, 'Le persone residenti a Valdimonte anziane, con disabilità o in temporanea difficoltà a muoversi, che non possono utilizzare i mezzi pubblici e non hanno familiari in grado di accompagnarle.', 'Il trasporto sociale accompagna le persone a visite mediche, terapie, esami, centri diurni e uffici pubblici, con mezzi attrezzati anche per il trasporto di carrozzine.

Il servizio è svolto in collaborazione con le associazioni di volontariato del territorio, che mettono a disposizione autisti e accompagnatori. Non sostituisce il trasporto sanitario in ambulanza, che va chiesto al medico di famiglia.', '- Iscriviti al servizio presentando la domanda all''Ufficio Servizi sociali.
- Prenota ogni trasporto almeno 3 giorni lavorativi prima, per telefono.
- Comunica l''indirizzo di partenza, la destinazione e l''orario dell''appuntamento.
- Attendi l''autista all''indirizzo indicato, con un eventuale accompagnatore.', '- Attestazione ISEE.
- Documentazione sulle condizioni di salute o di disabilità.', 'Ottieni l''accompagnamento andata e ritorno verso la destinazione richiesta.', 'L''iscrizione è valutata entro 15 giorni. Ogni trasporto va prenotato con almeno 3 giorni lavorativi di anticipo.', 'Il contributo per ogni viaggio è di 3 euro all''interno del territorio comunale e di 8 euro verso Siena e gli altri Comuni della provincia. Con ISEE fino a 7.500 euro il servizio è gratuito.', '', '', 'Presenta la domanda di iscrizione all''Ufficio Servizi sociali, in Via San Francesco 5, negli orari di apertura.', 0, 'Il servizio è erogato dall''Ufficio Servizi sociali secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 5, 12, 'Ufficio Servizi sociali

- Indirizzo: Via San Francesco 5, 53100 Valdimonte (SI)
- Telefono: 0577 900500
- Email: sociale@comune.valdimonte.it
- PEC: sociale@pec.comune.valdimonte.it', 108, 1, '2026-04-14 10:30:00'),
(52, 'scia-edilizia', 'SCIA edilizia', 'active', '', 'Presenta la segnalazione certificata di inizio attività per interventi come restauro, risanamento conservativo e ristrutturazione senza aumento di volumi.', 1, 1, 'Proprietari di immobili, imprese e professionisti tecnici che devono eseguire interventi edilizi soggetti a SCIA sul territorio di Valdimonte.', 'La segnalazione certificata di inizio attività (SCIA) è il titolo edilizio previsto dal Testo unico dell''edilizia (DPR 380/2001) e, in Toscana, dalla legge regionale 65/2014 per interventi di media entità: manutenzione straordinaria che riguarda parti strutturali, restauro e risanamento conservativo, ristrutturazione edilizia conservativa, recinzioni e muri di cinta.

I lavori possono iniziare dalla data di presentazione della segnalazione, completa di tutti gli allegati obbligatori. Il professionista incaricato assevera la conformità dell''intervento agli strumenti urbanistici e alle norme di sicurezza, igiene ed energetiche.

Nelle zone sottoposte a vincolo paesaggistico o negli edifici vincolati occorre ottenere prima le autorizzazioni necessarie.', '- Incarica un tecnico abilitato (architetto, ingegnere, geometra) che redige il progetto e l''asseverazione.
- Il tecnico presenta la SCIA sul portale del SUE, con firma digitale e tutti gli allegati.
- Paga i diritti di segreteria e l''eventuale contributo di costruzione con pagoPA.
- Inizia i lavori e, alla fine, presenta la comunicazione di fine lavori e l''attestazione di agibilità, se necessaria.', '- Modulo unico regionale di SCIA con asseverazione del tecnico.
- Elaborati grafici dello stato attuale, di progetto e sovrapposto.
- Documentazione fotografica.
- Dati dell''impresa esecutrice e documento unico di regolarità contributiva (DURC).
- Eventuali autorizzazioni e pareri preventivi (paesaggistica, sismica, vigili del fuoco).', 'Ottieni un titolo edilizio valido per eseguire l''intervento. Il Comune controlla la pratica e, se mancano i presupposti, vieta la prosecuzione dei lavori.', 'I lavori possono iniziare alla presentazione. Il Comune svolge i controlli entro 30 giorni e può chiedere di conformare l''intervento. La SCIA vale 3 anni dalla presentazione.', '- Diritti di segreteria: 100 euro.
- Contributo di costruzione, se dovuto in base al tipo di intervento, calcolato secondo le tabelle comunali.', 'https://servizi.comune.valdimonte.it/edilizia/portale-sue', 'Accedi al portale SUE', 'Le pratiche si presentano solo online. I tecnici del SUE ricevono su appuntamento per chiarimenti preliminari in Viale della Repubblica 30, secondo piano.', 1, 'Il servizio è erogato dallo Sportello unico per l''edilizia secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 6, 6, 'Sportello unico per l''edilizia (SUE)

- Indirizzo: Viale della Repubblica 30 (secondo piano), 53100 Valdimonte (SI)
- Telefono: 0577 900600
- Email: edilizia@comune.valdimonte.it
- PEC: edilizia@pec.comune.valdimonte.it', 214, 1, '2026-04-09 10:00:00'),
(53, 'permesso-di-costruire', 'Permesso di costruire', 'active', '', 'Richiedi il permesso per nuove costruzioni, ampliamenti, ristrutturazioni ricostruttive e altri interventi di trasformazione urbanistica ed edilizia.', 1, 1, 'Proprietari di immobili o di terreni, o titolari di altro diritto che consente di costruire, e i professionisti tecnici che li rappresentano.', 'Il permesso di costruire è il titolo edilizio necessario per gli interventi che trasformano in modo rilevante il territorio: nuove costruzioni, ampliamenti volumetrici, ristrutturazioni edilizie ricostruttive, interventi di urbanizzazione.

Il responsabile del procedimento verifica la conformità del progetto al Piano operativo comunale, al regolamento edilizio e alle norme di settore, acquisisce i pareri necessari e propone il provvedimento finale.

Al rilascio è dovuto il contributo di costruzione, composto dagli oneri di urbanizzazione e dal costo di costruzione, che può essere pagato a rate con garanzia fideiussoria.', '- Incarica un tecnico abilitato che redige il progetto.
- Il tecnico presenta la domanda sul portale del SUE, con firma digitale e tutti gli allegati.
- Rispondi alle eventuali richieste di integrazione entro il termine indicato.
- Paga il contributo di costruzione, ritira il permesso e comunica l''inizio dei lavori.', '- Domanda sul modulo unico regionale.
- Progetto architettonico completo e relazione tecnica.
- Titolo di proprietà o di disponibilità dell''area.
- Pareri e autorizzazioni di altri enti, se necessari.
- Due marche da bollo da 16 euro (assolte in modo virtuale).', 'Ottieni il permesso di costruire, che consente di eseguire l''intervento secondo il progetto approvato.', 'L''istruttoria si conclude entro 60 giorni dalla domanda e il provvedimento finale è adottato entro i successivi 30 giorni. I lavori devono iniziare entro 1 anno dal rilascio e terminare entro 3 anni dall''inizio.', '- Diritti di segreteria: da 200 a 500 euro, in base al volume o alla superficie dell''intervento.
- Due marche da bollo da 16 euro.
- Contributo di costruzione calcolato secondo le tabelle comunali.', 'https://servizi.comune.valdimonte.it/edilizia/portale-sue', 'Accedi al portale SUE', 'Le pratiche si presentano solo online. I tecnici del SUE ricevono su appuntamento il martedì e il giovedì per l''esame preliminare dei progetti.', 1, 'Il servizio è erogato dallo Sportello unico per l''edilizia secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 6, 6, 'Sportello unico per l''edilizia (SUE)

- Indirizzo: Viale della Repubblica 30 (secondo piano), 53100 Valdimonte (SI)
- Telefono: 0577 900600
- Email: edilizia@comune.valdimonte.it
- PEC: edilizia@pec.comune.valdimonte.it', 47, 1, '2026-04-09 10:15:00'),
(54, 'cila', 'Comunicazione di inizio lavori asseverata (CILA)', 'active', '', 'Comunica l''inizio di lavori di manutenzione straordinaria non strutturale, come lo spostamento di pareti interne o il rifacimento degli impianti.', 1, 1, 'Proprietari di immobili, condomini, imprese e professionisti tecnici che eseguono interventi di manutenzione straordinaria che non riguardano le parti strutturali dell''edificio.', 'La comunicazione di inizio lavori asseverata (CILA) riguarda gli interventi che non richiedono SCIA o permesso di costruire e che non rientrano nell''edilizia libera: per esempio la demolizione o la costruzione di tramezzi, l''accorpamento o il frazionamento di unità immobiliari senza aumento di volume, il rifacimento degli impianti con modifiche distributive.

Un tecnico abilitato assevera che i lavori sono conformi agli strumenti urbanistici e al regolamento edilizio e che non interessano le parti strutturali.

Se i lavori vengono eseguiti senza CILA si applica una sanzione di 1.000 euro, ridotta a 333 euro se la comunicazione è presentata spontaneamente mentre i lavori sono in corso.', '- Incarica un tecnico abilitato.
- Il tecnico presenta la CILA sul portale del SUE prima dell''inizio dei lavori.
- Paga i diritti di segreteria con pagoPA.
- A fine lavori presenta la comunicazione di fine lavori e, se serve, l''aggiornamento catastale.', '- Modulo unico regionale di CILA con asseverazione del tecnico.
- Elaborati grafici dello stato attuale e di progetto.
- Dati dell''impresa esecutrice.', 'Ottieni la ricevuta di presentazione della comunicazione, che consente di iniziare i lavori.', 'I lavori possono iniziare dal giorno della presentazione.', 'Diritti di segreteria: 50 euro.', 'https://servizi.comune.valdimonte.it/edilizia/portale-sue', 'Accedi al portale SUE', 'Le pratiche si presentano solo online. Per informazioni puoi telefonare allo Sportello unico per l''edilizia negli orari di apertura.', 0, 'Il servizio è erogato dallo Sportello unico per l''edilizia secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 6, 6, 'Sportello unico per l''edilizia (SUE)

- Indirizzo: Viale della Repubblica 30 (secondo piano), 53100 Valdimonte (SI)
- Telefono: 0577 900600
- Email: edilizia@comune.valdimonte.it
- PEC: edilizia@pec.comune.valdimonte.it', 377, 1, '2026-04-09 10:30:00'),
(55, 'certificato-destinazione-urbanistica', 'Certificato di destinazione urbanistica', 'active', '', 'Ottieni il certificato che attesta le prescrizioni urbanistiche di un terreno, necessario per vendere o dividere terreni e per le successioni.', 1, 1, 'Proprietari di terreni, notai, professionisti tecnici ed eredi che devono conoscere la destinazione urbanistica di un terreno nel Comune di Valdimonte.', 'Il certificato di destinazione urbanistica (CDU) indica le prescrizioni urbanistiche che riguardano un''area: la zona del Piano operativo comunale, gli indici di edificabilità, i vincoli paesaggistici, idrogeologici e ambientali.

Il certificato è obbligatorio, secondo l''articolo 30 del Testo unico dell''edilizia, negli atti di compravendita, divisione e costituzione di diritti reali su terreni, salvo le pertinenze di edifici censiti al catasto con superficie inferiore a 5.000 metri quadrati. È richiesto anche per le dichiarazioni di successione che comprendono terreni.', '- Compila la domanda online indicando foglio e particelle catastali.
- Allega l''estratto di mappa catastale con le particelle evidenziate.
- Paga i diritti di segreteria e l''imposta di bollo con pagoPA.
- Scarica il certificato firmato digitalmente o ritiralo allo sportello.', '- Estratto di mappa catastale aggiornato.
- Elenco delle particelle con foglio e numero.
- Documento d''identità del richiedente.', 'Ottieni il certificato di destinazione urbanistica, valido 1 anno dalla data di rilascio se non intervengono modifiche degli strumenti urbanistici.', 'Il certificato è rilasciato entro 30 giorni dalla domanda. Per l''urgenza, su richiesta motivata, entro 7 giorni lavorativi.', '- Diritti di segreteria: 30 euro fino a 5 particelle, più 5 euro per ogni particella in più.
- Rilascio urgente: diritti raddoppiati.
- Due marche da bollo da 16 euro, per la domanda e per il certificato; il certificato per la successione è esente dal bollo.', 'https://servizi.comune.valdimonte.it/edilizia/cdu', 'Richiedi online', 'Puoi presentare la domanda e ritirare il certificato allo Sportello unico per l''edilizia, in Viale della Repubblica 30, secondo piano.', 0, 'Il servizio è erogato dallo Sportello unico per l''edilizia secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 6, 6, 'Sportello unico per l''edilizia (SUE)

- Indirizzo: Viale della Repubblica 30 (secondo piano), 53100 Valdimonte (SI)
- Telefono: 0577 900600
- Email: edilizia@comune.valdimonte.it
- PEC: edilizia@pec.comune.valdimonte.it', 164, 1, '2026-04-09 10:45:00'),
(56, 'attestazione-agibilita', 'Attestazione di agibilità', 'active', '', 'Deposita l''attestazione asseverata che certifica la sicurezza, l''igiene, il risparmio energetico e la conformità di un edificio al termine dei lavori.', 1, 1, 'I titolari di permessi di costruire o di SCIA per nuove costruzioni, ricostruzioni, sopraelevazioni e interventi che incidono sulle condizioni di sicurezza, igiene e risparmio energetico, e i loro professionisti tecnici.', 'In Toscana l''agibilità degli edifici è attestata da un professionista abilitato, secondo l''articolo 149 della legge regionale 65/2014. L''attestazione certifica che l''edificio rispetta le condizioni di sicurezza, igiene, salubrità, risparmio energetico e accessibilità e che è conforme al progetto approvato.

L''attestazione va depositata al Comune con la documentazione prevista: il Comune può effettuare controlli a campione, anche con sopralluoghi.', '- A fine lavori, il direttore dei lavori o un tecnico abilitato verifica la conformità dell''opera.
- Il tecnico raccoglie i certificati degli impianti, il collaudo strutturale e l''aggiornamento catastale.
- Il tecnico deposita l''attestazione sul portale del SUE.
- Paga i diritti di segreteria con pagoPA.', '- Attestazione asseverata di agibilità.
- Dichiarazioni di conformità degli impianti.
- Certificato di collaudo statico, se previsto.
- Ricevuta dell''aggiornamento catastale.
- Attestato di prestazione energetica (APE).', 'L''edificio o l''unità immobiliare può essere utilizzato dalla data di deposito dell''attestazione completa.', 'L''attestazione va depositata entro 15 giorni dalla comunicazione di fine lavori. Il ritardo comporta una sanzione da 77 a 464 euro.', 'Diritti di segreteria: 60 euro per ogni unità immobiliare, fino a un massimo di 600 euro.', 'https://servizi.comune.valdimonte.it/edilizia/portale-sue', 'Accedi al portale SUE', 'Le attestazioni si depositano solo online. I tecnici del SUE ricevono su appuntamento per chiarimenti.', 0, 'Il servizio è erogato dallo Sportello unico per l''edilizia secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 6, 6, 'Sportello unico per l''edilizia (SUE)

- Indirizzo: Viale della Repubblica 30 (secondo piano), 53100 Valdimonte (SI)
- Telefono: 0577 900600
- Email: edilizia@comune.valdimonte.it
- PEC: edilizia@pec.comune.valdimonte.it', 119, 1, '2026-04-09 11:00:00'),
(57, 'autorizzazione-paesaggistica', 'Autorizzazione paesaggistica', 'active', '', 'Richiedi l''autorizzazione per interventi che modificano l''aspetto esteriore di immobili o aree sottoposti a vincolo paesaggistico.', 1, 1, 'Proprietari, imprese e professionisti che intendono eseguire interventi in zone o su edifici tutelati dal Codice dei beni culturali e del paesaggio, come il centro storico e le colline sottoposte a vincolo di Valdimonte.', 'Gran parte del territorio di Valdimonte è sottoposta a vincolo paesaggistico. Gli interventi che modificano l''aspetto esteriore dei luoghi e degli edifici, come rifacimento di facciate, infissi, coperture, recinzioni, insegne e movimenti di terra, richiedono l''autorizzazione paesaggistica prevista dall''articolo 146 del decreto legislativo 42/2004.

Per gli interventi di lieve entità indicati dal DPR 31/2017 si applica la procedura semplificata; alcuni interventi minori sono esclusi dall''autorizzazione. La Commissione comunale per il paesaggio esprime il proprio parere e la domanda viene trasmessa alla Soprintendenza per il parere vincolante.', '- Incarica un tecnico abilitato che prepari la relazione paesaggistica.
- Il tecnico presenta la domanda sul portale del SUE.
- La Commissione comunale per il paesaggio esamina la domanda e il Comune la trasmette alla Soprintendenza.
- Ricevi l''autorizzazione, necessaria prima di presentare il titolo edilizio o di iniziare i lavori.', '- Relazione paesaggistica, completa o semplificata.
- Elaborati grafici e fotografici, con fotoinserimenti dell''intervento.
- Due marche da bollo da 16 euro.', 'Ottieni l''autorizzazione paesaggistica, valida 5 anni.', '- Procedura semplificata: 60 giorni.
- Procedura ordinaria: fino a 105 giorni, compreso il parere della Soprintendenza.', '- Diritti di segreteria: 60 euro per la procedura semplificata e 100 euro per la procedura ordinaria.
- Due marche da bollo da 16 euro.', 'https://servizi.comune.valdimonte.it/edilizia/portale-sue', 'Accedi al portale SUE', 'Le domande si presentano solo online. I tecnici del SUE ricevono su appuntamento per pareri preliminari.', 0, 'Il servizio è erogato dallo Sportello unico per l''edilizia secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 6, 6, 'Sportello unico per l''edilizia (SUE)

- Indirizzo: Viale della Repubblica 30 (secondo piano), 53100 Valdimonte (SI)
- Telefono: 0577 900600
- Email: edilizia@comune.valdimonte.it
- PEC: edilizia@pec.comune.valdimonte.it', 68, 1, '2026-04-09 11:15:00'),
(58, 'certificato-idoneita-alloggiativa', 'Certificato di idoneità alloggiativa', 'active', '', 'Ottieni il certificato che attesta che un alloggio ha i requisiti igienico-sanitari e di superficie per il numero di persone che vi abitano.', 1, 0, 'Le persone con cittadinanza straniera che ne hanno bisogno per il ricongiungimento familiare, il permesso di soggiorno UE per soggiornanti di lungo periodo o il contratto di soggiorno per lavoro, e i datori di lavoro che forniscono l''alloggio.', 'Il certificato di idoneità alloggiativa attesta che l''abitazione rispetta i requisiti igienico-sanitari e i parametri minimi di superficie previsti dalla normativa per il numero di persone che vi abiteranno.

Per esempio un alloggio monolocale deve avere una superficie di almeno 28 metri quadrati per una persona e 38 per due persone; le camere da letto devono misurare almeno 9 metri quadrati se singole e 14 se doppie.

L''ufficio verifica la documentazione e può disporre un sopralluogo, svolto dalla Polizia locale insieme a un tecnico comunale.', '- Compila la domanda indicando il numero di persone che abiteranno nell''alloggio.
- Allega la planimetria catastale e le dichiarazioni di conformità degli impianti.
- Presenta la domanda allo Sportello unico per l''edilizia.
- Concorda la data dell''eventuale sopralluogo e ritira il certificato.', '- Planimetria catastale dell''alloggio.
- Titolo di disponibilità dell''alloggio (contratto di affitto registrato, atto di proprietà o comodato).
- Dichiarazioni di conformità degli impianti elettrico, idrico e di riscaldamento o autocertificazione sul loro stato.
- Documento d''identità e permesso di soggiorno del richiedente.
- Due marche da bollo da 16 euro.', 'Ottieni il certificato di idoneità alloggiativa, con l''indicazione del numero massimo di persone che possono abitare l''alloggio.', 'Il certificato è rilasciato entro 30 giorni dalla domanda completa.', 'Due marche da bollo da 16 euro e diritti di istruttoria di 50 euro.', '', '', 'Presenta la domanda allo Sportello unico per l''edilizia, in Viale della Repubblica 30, secondo piano, negli orari di apertura.', 0, 'Il servizio è erogato dallo Sportello unico per l''edilizia secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 6, 6, 'Sportello unico per l''edilizia (SUE)

- Indirizzo: Viale della Repubblica 30 (secondo piano), 53100 Valdimonte (SI)
- Telefono: 0577 900600
- Email: edilizia@comune.valdimonte.it
- PEC: edilizia@pec.comune.valdimonte.it', 128, 1, '2026-07-07 15:30:00'),
(59, 'accesso-atti-edilizi', 'Accesso agli atti edilizi', 'active', '', 'Consulta o chiedi copia delle pratiche edilizie conservate nell''archivio comunale, per verificare la regolarità di un immobile.', 1, 1, 'Proprietari, acquirenti, notai, professionisti tecnici e chiunque abbia un interesse diretto, concreto e attuale a conoscere le pratiche edilizie di un immobile.', 'L''archivio dello Sportello unico per l''edilizia conserva le licenze, le concessioni, i permessi, le segnalazioni, i condoni e le agibilità rilasciati per gli edifici del territorio comunale, a partire dal 1942.

La consultazione delle pratiche è spesso necessaria prima di una compravendita, per verificare che lo stato dell''immobile corrisponda ai titoli edilizi, o per progettare nuovi interventi.

Le pratiche più recenti sono in formato digitale e vengono inviate per posta elettronica; quelle storiche si consultano in archivio su appuntamento.', '- Compila la richiesta online indicando indirizzo, dati catastali e, se li conosci, i riferimenti delle pratiche.
- Se non sei il proprietario, allega la delega o spiega il tuo interesse.
- Paga i diritti di ricerca con pagoPA.
- Ricevi le copie digitali o prendi appuntamento per la visione in archivio.', '- Documento d''identità del richiedente.
- Delega del proprietario, se la richiesta è presentata da un tecnico o da un acquirente.
- Indirizzo e dati catastali dell''immobile.', 'Ottieni la visione delle pratiche edilizie e la copia dei documenti richiesti.', 'La richiesta viene evasa entro 30 giorni. Per le pratiche digitali i tempi sono di norma inferiori a 10 giorni lavorativi.', '- Diritti di ricerca: 20 euro per ogni pratica.
- Copie digitali: gratuite; copie cartacee: 0,20 euro per facciata A4 e 2 euro per le tavole in formato grande.', 'https://servizi.comune.valdimonte.it/edilizia/accesso-atti', 'Richiedi online', 'La visione delle pratiche cartacee avviene su appuntamento nell''archivio dello Sportello unico per l''edilizia, in Viale della Repubblica 30.', 1, 'Il servizio è erogato dallo Sportello unico per l''edilizia secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 6, 6, 'Sportello unico per l''edilizia (SUE)

- Indirizzo: Viale della Repubblica 30 (secondo piano), 53100 Valdimonte (SI)
- Telefono: 0577 900600
- Email: edilizia@comune.valdimonte.it
- PEC: edilizia@pec.comune.valdimonte.it', 336, 1, '2026-07-07 15:40:00'),
(60, 'avvio-esercizio-di-vicinato', 'Avvio di un''attività commerciale (esercizio di vicinato)', 'active', '', 'Presenta la SCIA per aprire, trasferire o ampliare un negozio con superficie di vendita fino a 250 metri quadrati.', 0, 1, 'Le imprese individuali e le società che vogliono aprire un negozio al dettaglio a Valdimonte, o trasferirlo, ampliarlo o modificarne il settore merceologico.', 'L''esercizio di vicinato è il negozio al dettaglio con superficie di vendita fino a 250 metri quadrati, nei Comuni con più di 10.000 abitanti come Valdimonte. Per avviarlo basta una segnalazione certificata di inizio attività (SCIA), secondo il Codice del commercio della Toscana (legge regionale 62/2018).

Il titolare deve avere i requisiti morali previsti dalla legge; per la vendita di prodotti alimentari servono anche i requisiti professionali, ottenuti con un corso abilitante o con l''esperienza nel settore.

Per i prodotti alimentari la SCIA va accompagnata dalla notifica sanitaria, che il SUAP trasmette all''Azienda USL. I locali devono essere conformi alle norme urbanistiche e avere la destinazione d''uso commerciale.', '- Verifica con il SUAP la destinazione d''uso dei locali e i requisiti necessari.
- Compila la SCIA sul portale impresainungiorno.gov.it, con firma digitale.
- Allega la notifica sanitaria, se vendi alimenti, e la planimetria dei locali.
- Avvia l''attività dalla data di presentazione; il SUAP effettua i controlli entro 60 giorni.', '- Firma digitale del titolare o di un intermediario delegato.
- Planimetria dei locali con l''indicazione della superficie di vendita.
- Dichiarazione sul possesso dei requisiti morali e, per gli alimenti, professionali.
- Notifica sanitaria per il settore alimentare.', 'Ottieni la ricevuta della SCIA, che consente di avviare subito l''attività.', 'L''attività può iniziare dalla presentazione della SCIA completa. Il SUAP verifica la pratica entro 60 giorni.', '- Diritti SUAP: 50 euro.
- Diritti dell''Azienda USL per la notifica sanitaria, se dovuti.', 'https://www.impresainungiorno.gov.it/', 'Vai a impresainungiorno.gov.it', 'Le pratiche si presentano solo online. Il SUAP, in Viale della Repubblica 30, primo piano, offre consulenza preventiva su appuntamento.', 1, 'Il servizio è erogato dallo Sportello unico per le attività produttive secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 7, 10, 'Sportello unico per le attività produttive (SUAP)

- Indirizzo: Viale della Repubblica 30 (primo piano), 53100 Valdimonte (SI)
- Telefono: 0577 900650
- Email: suap@comune.valdimonte.it
- PEC: suap@pec.comune.valdimonte.it', 46, 1, '2026-09-02 14:30:00'),
(61, 'apertura-bar-e-ristoranti', 'Apertura di bar e ristoranti', 'active', '', 'Presenta la pratica per aprire o trasferire un pubblico esercizio di somministrazione di alimenti e bevande.', 0, 1, 'Le imprese che vogliono aprire, trasferire o subentrare nella gestione di bar, ristoranti, pizzerie, enoteche e altri locali che servono cibi e bevande al pubblico.', 'L''apertura di un esercizio di somministrazione di alimenti e bevande è soggetta a SCIA. Nelle zone del centro storico individuate dal Comune per la tutela del patrimonio culturale, l''apertura e il trasferimento richiedono invece un''autorizzazione.

Il titolare o il preposto deve avere i requisiti morali e professionali: il corso per la somministrazione di alimenti e bevande riconosciuto dalla Regione, un titolo di studio attinente oppure due anni di esperienza nel settore.

Con la pratica vanno presentati la notifica sanitaria, la documentazione di impatto acustico e, se si vendono superalcolici, la comunicazione all''Agenzia delle Dogane.', '- Prenota una consulenza preventiva con il SUAP per verificare la zona e i requisiti.
- Compila la SCIA o la domanda di autorizzazione su impresainungiorno.gov.it.
- Allega la notifica sanitaria, la planimetria e la documentazione acustica.
- Avvia l''attività alla presentazione della SCIA o al rilascio dell''autorizzazione.', '- Firma digitale.
- Requisiti morali e professionali del titolare o del preposto.
- Planimetria dei locali e relazione tecnica.
- Notifica sanitaria e documentazione previsionale di impatto acustico.', 'Ottieni la ricevuta della SCIA o l''autorizzazione all''esercizio dell''attività di somministrazione.', '- Con SCIA: l''attività può iniziare subito; i controlli avvengono entro 60 giorni.
- Con autorizzazione: il SUAP decide entro 60 giorni; in mancanza di risposta la domanda è accolta.', '- Diritti SUAP: 100 euro.
- Diritti dell''Azienda USL per la notifica sanitaria.
- Per l''autorizzazione: due marche da bollo da 16 euro.', 'https://www.impresainungiorno.gov.it/', 'Vai a impresainungiorno.gov.it', 'Le pratiche si presentano solo online. Il SUAP riceve su appuntamento il giovedì pomeriggio per la consulenza preventiva.', 1, 'Il servizio è erogato dallo Sportello unico per le attività produttive secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 7, 10, 'Sportello unico per le attività produttive (SUAP)

- Indirizzo: Viale della Repubblica 30 (primo piano), 53100 Valdimonte (SI)
- Telefono: 0577 900650
- Email: suap@comune.valdimonte.it
- PEC: suap@pec.comune.valdimonte.it', 22, 1, '2026-09-02 14:40:00'),
(62, 'commercio-su-aree-pubbliche', 'Commercio su aree pubbliche e posteggi al mercato', 'active', '', 'Richiedi l''autorizzazione per il commercio ambulante itinerante o un posteggio al mercato settimanale e alle fiere di Valdimonte.', 0, 1, 'Le imprese che esercitano o vogliono esercitare il commercio su aree pubbliche, in forma itinerante o su posteggio.', 'Il commercio su aree pubbliche si svolge con due tipi di titolo: l''autorizzazione per il commercio su posteggio, rilasciata dal Comune in cui si trova il mercato, e l''autorizzazione per il commercio itinerante, rilasciata dal Comune di residenza o di sede dell''impresa.

Il mercato settimanale di Valdimonte si tiene il martedì mattina in Piazza del Mercato e in Via Vittorio Veneto, con 64 posteggi. I posteggi liberi sono assegnati con bando pubblico; i posteggi temporaneamente non occupati sono assegnati ogni giorno agli operatori presenti con la procedura di "spunta".

Durante l''anno si svolgono anche la Fiera di San Michele, a fine settembre, e il mercatino dell''antiquariato, la terza domenica di ogni mese.', '- Per un posteggio: partecipa al bando pubblicato dal Comune.
- Per il commercio itinerante: presenta la domanda al SUAP tramite impresainungiorno.gov.it.
- Per la spunta: presentati al mercato entro le 7:30 con l''autorizzazione in originale.
- Paga il canone mercatale secondo le scadenze indicate.', '- Requisiti morali e, per gli alimenti, professionali.
- Iscrizione al Registro delle imprese.
- Carta d''esercizio e attestazione annuale di regolarità contributiva e fiscale.', 'Ottieni l''autorizzazione al commercio su aree pubbliche e, per il posteggio, la relativa concessione.', 'L''autorizzazione per il commercio itinerante è rilasciata entro 60 giorni. I bandi per i posteggi stabiliscono i propri termini.', '- Due marche da bollo da 16 euro.
- Diritti SUAP: 50 euro.
- Canone mercatale: 0,55 euro al metro quadrato per ogni giornata di mercato.', 'https://www.impresainungiorno.gov.it/', 'Vai a impresainungiorno.gov.it', 'Le domande si presentano online. Per informazioni sui posteggi e sulla spunta rivolgiti al SUAP, in Viale della Repubblica 30, primo piano.', 0, 'Il servizio è erogato dallo Sportello unico per le attività produttive secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 7, 10, 'Sportello unico per le attività produttive (SUAP)

- Indirizzo: Viale della Repubblica 30 (primo piano), 53100 Valdimonte (SI)
- Telefono: 0577 900650
- Email: suap@comune.valdimonte.it
- PEC: suap@pec.comune.valdimonte.it', 33, 1, '2026-09-02 14:50:00'),
(63, 'manifestazioni-e-spettacoli-temporanei', 'Manifestazioni e spettacoli temporanei', 'active', '', 'Presenta la pratica per organizzare concerti, feste, sagre e altri eventi aperti al pubblico, anche con somministrazione di cibo e bevande.', 1, 1, 'Associazioni, comitati, imprese e privati che organizzano eventi temporanei aperti al pubblico nel territorio comunale.', 'Gli eventi di pubblico spettacolo e intrattenimento richiedono un titolo abilitativo di pubblica sicurezza. Per gli eventi con meno di 200 partecipanti che si concludono entro le 24:00 del giorno di inizio basta una SCIA, con la relazione di un tecnico abilitato sulla sicurezza delle strutture.

Per gli eventi più grandi serve la licenza di pubblico spettacolo, preceduta dal parere della Commissione comunale di vigilanza sui locali di pubblico spettacolo, che verifica il progetto e, prima dell''evento, effettua un sopralluogo.

Se durante l''evento si vendono o si somministrano alimenti serve anche la SCIA per la somministrazione temporanea con la notifica sanitaria. Se l''evento si svolge su suolo pubblico occorre la concessione di occupazione; se è rumoroso, la comunicazione di deroga acustica.', '- Verifica con il SUAP quali titoli servono per il tuo evento.
- Presenta la pratica su impresainungiorno.gov.it, allegando il progetto e le relazioni tecniche.
- Per la licenza, partecipa alla riunione della Commissione di vigilanza e al sopralluogo.
- Conserva i titoli durante l''evento e mostrali su richiesta degli organi di controllo.', '- Programma dell''evento, con date, orari e numero previsto di partecipanti.
- Planimetria dell''area e relazione tecnica sulla sicurezza.
- Piano di emergenza e nominativi degli addetti antincendio e primo soccorso.
- Notifica sanitaria, in caso di somministrazione.', 'Ottieni la ricevuta della SCIA o la licenza di pubblico spettacolo per l''evento.', '- SCIA: almeno 15 giorni prima dell''evento.
- Licenza con parere della Commissione di vigilanza: almeno 45 giorni prima.', '- Marca da bollo da 16 euro sulla domanda di licenza e una sulla licenza.
- Diritti SUAP: 30 euro.
- Sopralluogo della Commissione di vigilanza: 150 euro.', 'https://www.impresainungiorno.gov.it/', 'Vai a impresainungiorno.gov.it', 'Le pratiche si presentano online. Il SUAP, in Viale della Repubblica 30, offre consulenza preventiva su appuntamento per gli organizzatori di eventi.', 1, 'Il servizio è erogato dallo Sportello unico per le attività produttive secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 7, 10, 'Sportello unico per le attività produttive (SUAP)

- Indirizzo: Viale della Repubblica 30 (primo piano), 53100 Valdimonte (SI)
- Telefono: 0577 900650
- Email: suap@comune.valdimonte.it
- PEC: suap@pec.comune.valdimonte.it', 57, 1, '2026-09-02 15:00:00'),
(64, 'licenza-taxi-ncc', 'Licenza taxi e autorizzazione NCC', 'active', '', 'Informazioni su rilascio, trasferimento e sostituzione alla guida delle licenze taxi e delle autorizzazioni di noleggio con conducente.', 0, 1, 'I conducenti iscritti al ruolo provinciale dei conducenti di veicoli adibiti a servizi pubblici non di linea e i titolari di licenza taxi o di autorizzazione NCC rilasciata dal Comune di Valdimonte.', 'Il servizio taxi e il noleggio con conducente (NCC) sono servizi pubblici non di linea regolati dalla legge 21/1992 e dal Regolamento comunale. A Valdimonte sono previste 4 licenze taxi e 6 autorizzazioni NCC per autovettura.

Le nuove licenze e autorizzazioni sono assegnate con un concorso pubblico per titoli ed esami, quando se ne rendono disponibili. Il titolare può trasferire la licenza a un''altra persona in possesso dei requisiti dopo almeno 5 anni, o prima in caso di malattia o inabilità.

Il titolare può farsi sostituire alla guida temporaneamente da un conducente iscritto al ruolo, previa comunicazione al SUAP.', '- Iscriviti al ruolo dei conducenti presso la Camera di Commercio.
- Partecipa al concorso pubblico oppure concorda il trasferimento con un titolare.
- Presenta la domanda di rilascio o di trasferimento al SUAP, con i documenti del veicolo.
- Dopo la verifica dei requisiti e del veicolo, ritira la licenza o l''autorizzazione.', '- Iscrizione al ruolo dei conducenti di veicoli adibiti a servizi pubblici non di linea.
- Patente di guida e certificato di abilitazione professionale (KB o CQC).
- Disponibilità di un veicolo idoneo e, per l''NCC, di una rimessa nel territorio comunale.
- Due marche da bollo da 16 euro.', 'Ottieni la licenza taxi o l''autorizzazione al servizio di noleggio con conducente.', 'Il rilascio per trasferimento avviene entro 60 giorni dalla domanda completa. Per il concorso valgono i termini stabiliti dal bando.', '- Due marche da bollo da 16 euro.
- Diritti di istruttoria: 100 euro.', '', '', 'Presenta la domanda al SUAP, in Viale della Repubblica 30, primo piano, oppure per PEC.', 0, 'Il servizio è erogato dallo Sportello unico per le attività produttive secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 7, 10, 'Sportello unico per le attività produttive (SUAP)

- Indirizzo: Viale della Repubblica 30 (primo piano), 53100 Valdimonte (SI)
- Telefono: 0577 900650
- Email: suap@comune.valdimonte.it
- PEC: suap@pec.comune.valdimonte.it', 11, 1, '2026-10-12 09:00:00'),
(65, 'prenotazione-sale-comunali', 'Prenotazione delle sale comunali', 'active', '', 'Prenota l''Auditorium Le Logge, la Sala delle Capriate o le sale civiche delle frazioni per incontri, conferenze, corsi e mostre.', 1, 1, 'Associazioni, gruppi, partiti e movimenti politici, imprese, enti e privati cittadini che organizzano iniziative aperte al pubblico o riunioni.', 'Il Comune mette a disposizione le proprie sale per iniziative culturali, sociali, formative e di partecipazione:

- Auditorium Le Logge, Via Roma 2: 150 posti, impianto audio e video;
- Sala delle Capriate, Palazzo Pretorio: 80 posti, adatta a conferenze e mostre;
- sale civiche di Pieve a Monte e Santa Lucia: 40 posti ciascuna.

Le sale non possono essere usate per feste private o per attività commerciali di vendita. Chi utilizza la sala è responsabile del rispetto della capienza e della riconsegna nelle condizioni in cui l''ha ricevuta.', '- Verifica online la disponibilità della sala nella data desiderata.
- Invia la richiesta di prenotazione indicando il tipo di iniziativa.
- Ricevi la conferma e paga la tariffa con pagoPA.
- Ritira le chiavi all''Ufficio Cultura il giorno lavorativo precedente.', '- Dati del richiedente o dell''associazione e del responsabile dell''iniziativa.
- Descrizione dell''iniziativa e numero previsto di partecipanti.', 'Ottieni la concessione della sala per la data e gli orari richiesti.', 'La richiesta va presentata almeno 15 giorni prima. L''ufficio conferma entro 5 giorni lavorativi.', '- Auditorium Le Logge: 120 euro per mezza giornata, 200 euro per la giornata intera.
- Sala delle Capriate: 80 euro per mezza giornata, 140 euro per la giornata intera.
- Sale civiche delle frazioni: 30 euro per mezza giornata.
- Associazioni iscritte all''albo comunale: riduzione del 50%; iniziative con patrocinio del Comune: gratuite.', '', '', 'Puoi prenotare anche all''Ufficio Cultura, turismo e sport, in Piazza Garibaldi 7, primo piano del Palazzo Pretorio.', 1, 'Il servizio è erogato dall''Ufficio Cultura, turismo e sport secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 12, 7, 'Ufficio Cultura, turismo e sport

- Indirizzo: Piazza Garibaldi 7, Palazzo Pretorio, 53100 Valdimonte (SI)
- Telefono: 0577 900800
- Email: cultura@comune.valdimonte.it
- PEC: cultura@pec.comune.valdimonte.it', 163, 1, '2026-03-17 16:00:00'),
(66, 'iscrizione-biblioteca-comunale', 'Iscrizione alla biblioteca comunale', 'active', '', 'Iscriviti gratuitamente alla biblioteca comunale per prendere in prestito libri, film e riviste e accedere al prestito digitale.', 1, 0, 'Tutte le persone, di qualsiasi età e residenza. I minori di 14 anni si iscrivono con la firma di un genitore.', 'La biblioteca comunale "Francesca Lotti", al piano terra del Palazzo Pretorio, possiede oltre 45.000 libri, una sezione per bambini e ragazzi, una sezione di storia locale, film, audiolibri e quotidiani.

Con la tessera puoi prendere in prestito fino a 5 documenti per 30 giorni, rinnovabili se nessun altro li ha prenotati, e chiedere libri alle altre biblioteche della rete provinciale con il prestito interbibliotecario gratuito.

La tessera dà accesso anche alla biblioteca digitale, con ebook, audiolibri e giornali consultabili da casa, e alla rete wi-fi gratuita della biblioteca.', '- Presentati al banco prestiti della biblioteca con un documento d''identità.
- In alternativa, compila la preiscrizione online e completa l''iscrizione alla prima visita.
- Ricevi la tessera e le credenziali per il catalogo online.
- Prenota e rinnova i prestiti dal catalogo online o dall''app.', '- Documento d''identità.
- Per i minori di 14 anni: presenza e firma di un genitore.', 'Ottieni la tessera della biblioteca, valida in tutte le biblioteche della rete provinciale.', 'L''iscrizione è immediata.', 'L''iscrizione e i prestiti sono gratuiti. Il servizio di stampa e fotocopie costa 0,10 euro a pagina in bianco e nero.', 'https://servizi.comune.valdimonte.it/biblioteca/preiscrizione', 'Preiscriviti online', 'La biblioteca, in Piazza Garibaldi 7, è aperta dal lunedì al sabato dalle 9:00 alle 19:00.', 0, 'Il servizio è erogato dall''Ufficio Cultura, turismo e sport secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 12, 7, 'Ufficio Cultura, turismo e sport

- Indirizzo: Piazza Garibaldi 7, Palazzo Pretorio, 53100 Valdimonte (SI)
- Telefono: 0577 900800
- Email: cultura@comune.valdimonte.it
- PEC: cultura@pec.comune.valdimonte.it', 618, 1, '2026-10-02 17:00:00'),
(67, 'patrocinio-comunale', 'Patrocinio del Comune', 'active', '', 'Chiedi il patrocinio del Comune per un''iniziativa culturale, sociale, sportiva o turistica di interesse per la comunità.', 1, 1, 'Associazioni, enti, comitati, scuole e, per iniziative senza scopo di lucro, imprese e privati che organizzano eventi a Valdimonte o che promuovono il territorio.', 'Il patrocinio è il riconoscimento, da parte del Comune, del valore di un''iniziativa per la comunità. Consente di usare lo stemma del Comune nei materiali di comunicazione, con la dicitura "Con il patrocinio del Comune di Valdimonte".

Il patrocinio non comporta contributi economici, ma può dare diritto all''uso gratuito delle sale comunali, a riduzioni del canone per l''occupazione di suolo pubblico e alla promozione dell''iniziativa sui canali del Comune.

Il patrocinio è concesso dalla Giunta comunale e non può essere concesso a iniziative con finalità politiche o commerciali.', '- Compila la domanda di patrocinio descrivendo l''iniziativa.
- Allega il programma e la bozza del materiale promozionale.
- Invia la domanda almeno 30 giorni prima dell''iniziativa.
- Ricevi la comunicazione della decisione e il file dello stemma da utilizzare.', '- Programma dell''iniziativa.
- Statuto dell''associazione, se non iscritta all''albo comunale.
- Bozza del materiale promozionale.', 'Ottieni la concessione del patrocinio e l''autorizzazione all''uso dello stemma del Comune.', 'La domanda va presentata almeno 30 giorni prima dell''iniziativa. La Giunta decide entro 20 giorni.', 'La domanda è gratuita.', 'https://servizi.comune.valdimonte.it/cultura/patrocinio', 'Presenta la domanda', 'Puoi consegnare la domanda all''Ufficio Cultura, turismo e sport, in Piazza Garibaldi 7, oppure all''URP.', 0, 'Il servizio è erogato dall''Ufficio Cultura, turismo e sport secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 12, 7, 'Ufficio Cultura, turismo e sport

- Indirizzo: Piazza Garibaldi 7, Palazzo Pretorio, 53100 Valdimonte (SI)
- Telefono: 0577 900800
- Email: cultura@comune.valdimonte.it
- PEC: cultura@pec.comune.valdimonte.it', 72, 1, '2026-02-12 11:30:00'),
(68, 'concessione-palestre-impianti-sportivi', 'Concessione di palestre e impianti sportivi', 'active', '', 'Chiedi l''uso delle palestre scolastiche e degli impianti sportivi comunali per la stagione sportiva o per singoli eventi.', 1, 1, 'Società e associazioni sportive dilettantistiche, enti di promozione sportiva, scuole e gruppi organizzati.', 'Il Comune concede l''uso delle palestre delle scuole, fuori dall''orario scolastico, e degli impianti sportivi comunali: il palazzetto dello sport, il campo sportivo "Enzo Bartali" e il centro sportivo "La Pineta".

Gli orari sono assegnati per l''intera stagione sportiva, da settembre a giugno, in base a criteri che privilegiano le attività giovanili, lo sport per le persone con disabilità e le società con sede a Valdimonte. Gli orari non assegnati possono essere richiesti durante l''anno per singoli eventi o tornei.', '- Compila la domanda indicando impianto, giorni e orari richiesti.
- Allega l''atto costitutivo, l''iscrizione al Registro nazionale delle attività sportive dilettantistiche e l''elenco dei tesserati.
- Partecipa all''incontro di assegnazione con le altre società.
- Firma il disciplinare d''uso e paga le tariffe con gli avvisi pagoPA.', '- Iscrizione al Registro nazionale delle attività sportive dilettantistiche.
- Polizza assicurativa di responsabilità civile.
- Nominativo del responsabile dell''impianto durante l''uso.', 'Ottieni la concessione dell''impianto per gli orari assegnati.', 'Le domande per la stagione sportiva si presentano entro il 30 giugno; le assegnazioni sono comunicate entro il 31 agosto. Le richieste per singoli eventi vanno presentate almeno 20 giorni prima.', '- Palestre scolastiche: 12 euro all''ora.
- Palazzetto dello sport: 25 euro all''ora per gli allenamenti e 60 euro per le partite con pubblico.
- Riduzione del 50% per le attività giovanili sotto i 14 anni e per lo sport delle persone con disabilità.', '', '', 'Puoi consegnare la domanda all''Ufficio Cultura, turismo e sport, in Piazza Garibaldi 7, oppure inviarla per PEC.', 0, 'Il servizio è erogato dall''Ufficio Cultura, turismo e sport secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 12, 7, 'Ufficio Cultura, turismo e sport

- Indirizzo: Piazza Garibaldi 7, Palazzo Pretorio, 53100 Valdimonte (SI)
- Telefono: 0577 900800
- Email: cultura@comune.valdimonte.it
- PEC: cultura@pec.comune.valdimonte.it', 49, 1, '2026-01-22 09:15:00'),
(69, 'prenotazione-campi-sportivi', 'Prenotazione dei campi sportivi comunali', 'active', '', 'Prenota online un campo da tennis, da padel o da calcio a cinque al centro sportivo comunale "La Pineta".', 1, 0, 'Tutte le persone maggiorenni registrate al portale dei servizi; i minorenni possono giocare con una prenotazione fatta da un adulto.', 'Il centro sportivo comunale "La Pineta", in Viale dei Pini 20, dispone di due campi da tennis in terra rossa, un campo da padel e un campo da calcio a cinque in erba sintetica, tutti con illuminazione notturna e spogliatoi.

I campi si prenotano online fino a 7 giorni prima, in turni da un''ora. Il pagamento avviene al momento della prenotazione. Puoi annullare la prenotazione senza costi fino a 24 ore prima.', '- Accedi al portale delle prenotazioni con SPID, CIE o CNS.
- Scegli il campo, il giorno e l''orario disponibile.
- Paga con pagoPA o con carta di credito.
- Presentati al custode del centro sportivo con la ricevuta della prenotazione.', '- Un''identità digitale (SPID, CIE o CNS) per accedere al portale.', 'Ottieni la prenotazione del campo per il giorno e l''orario scelti.', 'La prenotazione è immediata. I campi sono aperti tutti i giorni dalle 8:00 alle 23:00.', '- Tennis: 10 euro all''ora, 14 euro con illuminazione.
- Padel: 24 euro all''ora, 28 euro con illuminazione.
- Calcio a cinque: 50 euro all''ora, 60 euro con illuminazione.', '', '', '', 1, 'Il servizio è erogato dall''Ufficio Cultura, turismo e sport secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 12, 7, 'Ufficio Cultura, turismo e sport

- Indirizzo: Piazza Garibaldi 7, Palazzo Pretorio, 53100 Valdimonte (SI)
- Telefono: 0577 900800
- Email: cultura@comune.valdimonte.it
- PEC: cultura@pec.comune.valdimonte.it', 905, 1, '2026-05-22 10:00:00'),
(70, 'contributi-associazioni-sportive', 'Contributi alle associazioni sportive', 'active', '', 'Partecipa all''avviso annuale per i contributi comunali alle associazioni sportive che promuovono lo sport giovanile e inclusivo.', 1, 0, 'Le associazioni e società sportive dilettantistiche senza scopo di lucro con sede a Valdimonte, iscritte all''albo comunale delle associazioni.', 'Ogni anno il Comune destina una parte del proprio bilancio a contributi per le associazioni sportive del territorio, per sostenere l''attività ordinaria e l''organizzazione di manifestazioni.

I contributi sono assegnati in base a un punteggio che tiene conto del numero di giovani tesserati, delle attività per persone con disabilità e anziani, della partecipazione a iniziative del Comune e dei costi sostenuti. L''elenco dei beneficiari e degli importi è pubblicato nella sezione Amministrazione trasparente.', '- Leggi l''avviso pubblicato ogni anno nel mese di gennaio.
- Compila la domanda con il programma delle attività e il bilancio preventivo.
- Invia la domanda per PEC entro la scadenza dell''avviso.
- Dopo l''assegnazione, presenta la rendicontazione delle spese per ottenere il pagamento.', '- Iscrizione all''albo comunale delle associazioni.
- Programma delle attività e bilancio preventivo.
- Rendiconto dell''anno precedente.', 'Ottieni un contributo economico per l''attività sportiva dell''anno.', 'L''avviso resta aperto fino al 31 marzo. La graduatoria è approvata entro maggio e il contributo è pagato dopo la rendicontazione.', 'La domanda è gratuita.', '', '', 'L''Ufficio Cultura, turismo e sport, in Piazza Garibaldi 7, riceve su appuntamento le associazioni per chiarimenti sulla compilazione.', 0, 'Il servizio è erogato dall''Ufficio Cultura, turismo e sport secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 12, 7, 'Ufficio Cultura, turismo e sport

- Indirizzo: Piazza Garibaldi 7, Palazzo Pretorio, 53100 Valdimonte (SI)
- Telefono: 0577 900800
- Email: cultura@comune.valdimonte.it
- PEC: cultura@pec.comune.valdimonte.it', 28, 1, '2026-01-22 09:30:00'),
(71, 'segnalazione-disservizio', 'Segnalazione di un disservizio', 'active', '', 'Segnala una buca, un lampione spento, un problema nel verde pubblico o un disservizio di un ufficio comunale, e segui l''intervento.', 1, 0, 'Tutte le persone che vivono, lavorano o si trovano a Valdimonte.', 'Con questo servizio puoi segnalare al Comune problemi di manutenzione e disservizi: buche e danni alle strade e ai marciapiedi, lampioni spenti, alberi e rami pericolosi, giochi rotti nei parchi, segnaletica danneggiata, perdite d''acqua, ma anche ritardi o disservizi degli uffici comunali.

Ogni segnalazione riceve un codice e viene assegnata all''ufficio competente. Puoi seguire lo stato della pratica online e ricevere una notifica quando l''intervento è concluso.

La segnalazione non sostituisce le chiamate di emergenza: per situazioni di pericolo immediato chiama il 112 o la Polizia locale.', '- Accedi al servizio di segnalazione, anche senza identità digitale.
- Scegli la categoria del problema e indica il luogo sulla mappa.
- Descrivi il problema e allega una fotografia, se possibile.
- Invia la segnalazione e conserva il codice per seguire l''intervento.', '- Indirizzo o posizione del problema.
- Un indirizzo e-mail, se vuoi ricevere aggiornamenti.', 'Ottieni la presa in carico della segnalazione e una risposta sull''esito dell''intervento.', 'La segnalazione è presa in carico entro 3 giorni lavorativi. Il Comune risponde entro 30 giorni; gli interventi urgenti sono eseguiti in giornata.', 'Il servizio è gratuito.', 'https://servizi.comune.valdimonte.it/segnalazioni/nuova', 'Invia una segnalazione', 'Puoi fare la segnalazione anche allo sportello dell''URP, in Piazza del Municipio 1, o telefonando allo 0577 900000.', 0, 'Il servizio è erogato dall''Ufficio relazioni con il pubblico secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 10, 11, 'Ufficio relazioni con il pubblico (URP)

- Indirizzo: Piazza del Municipio 1, 53100 Valdimonte (SI)
- Telefono: 0577 900000
- Email: urp@comune.valdimonte.it
- PEC: protocollo@pec.comune.valdimonte.it', 1108, 1, '2026-11-10 09:15:00'),
(72, 'manomissione-suolo-pubblico', 'Autorizzazione alla manomissione del suolo pubblico', 'active', '', 'Richiedi l''autorizzazione per scavi e lavori su strade e marciapiedi comunali, per allacci alle reti o posa di cavi e tubazioni.', 1, 1, 'Privati, imprese edili e gestori di reti (acqua, gas, energia elettrica, telecomunicazioni) che devono eseguire scavi o lavori sulla sede stradale comunale.', 'Per eseguire scavi, tagli della pavimentazione o posa di impianti su strade, piazze e marciapiedi comunali serve l''autorizzazione dell''Ufficio Lavori pubblici. L''autorizzazione indica le modalità di esecuzione dei lavori e di ripristino della pavimentazione.

A garanzia del corretto ripristino è richiesto un deposito cauzionale, restituito dopo il collaudo favorevole dell''intervento. Nel centro storico, con pavimentazioni in pietra, il ripristino deve essere eseguito con materiali e tecniche tradizionali.

Per l''occupazione del suolo durante i lavori e per le eventuali modifiche alla circolazione serve anche il provvedimento della Polizia locale.', '- Compila la domanda indicando la strada, le dimensioni dello scavo e la durata dei lavori.
- Allega la planimetria dell''intervento e la documentazione fotografica.
- Versa il deposito cauzionale e paga i diritti di istruttoria.
- Al termine dei lavori comunica la fine lavori e chiedi il collaudo per lo svincolo del deposito.', '- Planimetria e sezione tipo dello scavo.
- Fotografie dello stato dei luoghi.
- Dati dell''impresa esecutrice.
- Due marche da bollo da 16 euro.', 'Ottieni l''autorizzazione alla manomissione del suolo pubblico, con le prescrizioni per l''esecuzione e il ripristino.', 'L''autorizzazione è rilasciata entro 30 giorni dalla domanda completa. Per i guasti urgenti alle reti i lavori possono iniziare subito, con comunicazione entro 24 ore.', '- Diritti di istruttoria: 50 euro.
- Deposito cauzionale: 60 euro al metro quadrato, con un minimo di 500 euro.
- Due marche da bollo da 16 euro.', '', '', 'Presenta la domanda all''Ufficio Lavori pubblici, in Viale della Repubblica 30, terzo piano, oppure per PEC.', 0, 'Il servizio è erogato dall''Ufficio Lavori pubblici e manutenzioni secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 9, 5, 'Ufficio Lavori pubblici e manutenzioni

- Indirizzo: Viale della Repubblica 30 (terzo piano), 53100 Valdimonte (SI)
- Telefono: 0577 900750
- Email: lavoripubblici@comune.valdimonte.it
- PEC: lavoripubblici@pec.comune.valdimonte.it', 88, 1, '2026-10-27 08:30:00'),
(73, 'concessioni-cimiteriali', 'Concessione di loculi e sepolture', 'active', '', 'Richiedi la concessione di un loculo, di un ossario o di un''area per tomba di famiglia nei cimiteri comunali.', 1, 0, 'I familiari delle persone decedute residenti a Valdimonte o nate a Valdimonte, e le persone che vogliono prenotare una sepoltura per sé.', 'Il Comune gestisce tre cimiteri: il cimitero del capoluogo, in Via del Camposanto, e quelli delle frazioni di Pieve a Monte e Santa Lucia.

I loculi sono concessi al momento del decesso per 40 anni, rinnovabili. Gli ossari e le nicchie cinerarie, per la conservazione dei resti ossei e delle urne, sono concessi per 40 anni. Le aree per le tombe di famiglia sono concesse per 99 anni con bando pubblico.

Le persone con più di 70 anni possono prenotare un loculo per sé, se ci sono disponibilità.', '- Contatta l''Ufficio Lavori pubblici, direttamente o tramite l''impresa di onoranze funebri.
- Scegli il cimitero e la posizione tra quelle disponibili.
- Paga la tariffa della concessione con pagoPA.
- Firma l''atto di concessione.', '- Documento d''identità del richiedente.
- Autorizzazione alla sepoltura rilasciata dall''Ufficio di Stato civile.
- Marca da bollo da 16 euro per l''atto di concessione.', 'Ottieni la concessione d''uso del loculo, dell''ossario o dell''area per la durata prevista.', 'La concessione di un loculo al momento del decesso è immediata. Il rinnovo va chiesto prima della scadenza; il Comune avvisa i concessionari un anno prima.', '- Loculo in prima o quarta fila: 1.800 euro.
- Loculo in seconda o terza fila: 2.600 euro.
- Ossario o nicchia cineraria: 600 euro.
- Illuminazione votiva: 25 euro di allaccio e 18 euro all''anno.', '', '', 'Presentati all''Ufficio Lavori pubblici, in Viale della Repubblica 30, terzo piano. In caso di decesso nei giorni festivi, l''impresa funebre contatta il custode del cimitero.', 0, 'Il servizio è erogato dall''Ufficio Lavori pubblici e manutenzioni secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 9, 3, 'Ufficio Lavori pubblici e manutenzioni

- Indirizzo: Viale della Repubblica 30 (terzo piano), 53100 Valdimonte (SI)
- Telefono: 0577 900750
- Email: lavoripubblici@comune.valdimonte.it
- PEC: lavoripubblici@pec.comune.valdimonte.it', 97, 1, '2026-06-25 10:00:00'),
(74, 'assegnazione-numero-civico', 'Assegnazione del numero civico', 'active', '', 'Richiedi l''assegnazione del numero civico per un nuovo edificio, un nuovo ingresso o una nuova unità immobiliare.', 1, 1, 'I proprietari di edifici di nuova costruzione o di edifici in cui sono stati aperti nuovi accessi dalla strada, e le imprese costruttrici.', 'Ogni accesso dall''area pubblica a un edificio o a un''area privata deve avere un numero civico, assegnato dal Comune secondo lo stradario comunale. Il numero civico è necessario per la residenza, gli allacci alle utenze e la consegna della posta.

La richiesta va presentata al termine dei lavori, prima dell''attestazione di agibilità. Il Comune assegna anche i numeri interni, quando un edificio è diviso in più unità immobiliari.

La targhetta con il numero è fornita dal Comune e va applicata dal proprietario accanto all''ingresso, a un''altezza compresa tra 2 e 3 metri.', '- Compila la domanda indicando gli accessi per cui chiedi il numero.
- Allega la planimetria con la posizione degli accessi.
- Paga il costo delle targhette con pagoPA.
- Ritira le targhette e applicale entro 30 giorni.', '- Planimetria dell''edificio con gli accessi.
- Estremi del titolo edilizio.', 'Ottieni l''assegnazione dei numeri civici e le targhette da applicare.', 'Il numero civico è assegnato entro 30 giorni dalla domanda.', 'Targhetta in ceramica: 25 euro per ogni numero civico esterno. I numeri interni sono gratuiti.', '', '', 'Presenta la domanda all''Ufficio Lavori pubblici, in Viale della Repubblica 30, terzo piano.', 0, 'Il servizio è erogato dall''Ufficio Lavori pubblici e manutenzioni secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 9, 6, 'Ufficio Lavori pubblici e manutenzioni

- Indirizzo: Viale della Repubblica 30 (terzo piano), 53100 Valdimonte (SI)
- Telefono: 0577 900750
- Email: lavoripubblici@comune.valdimonte.it
- PEC: lavoripubblici@pec.comune.valdimonte.it', 41, 1, '2026-02-18 10:50:00'),
(75, 'tessera-elettorale', 'Tessera elettorale', 'active', '', 'Ottieni la tessera elettorale, necessaria per votare, o richiedi il duplicato se l''hai persa o sono finiti gli spazi per i timbri.', 1, 0, 'Le persone iscritte nelle liste elettorali del Comune di Valdimonte.', 'La tessera elettorale è il documento che, insieme a un documento d''identità, consente di votare. Viene consegnata a domicilio a chi compie 18 anni e a chi si trasferisce a Valdimonte da un altro Comune.

La tessera contiene 18 spazi per il timbro della sezione, uno per ogni votazione. Quando sono esauriti, o se la tessera è persa o deteriorata, puoi chiedere un duplicato o una nuova tessera all''Ufficio elettorale.

Se cambi indirizzo all''interno del Comune ricevi un tagliando adesivo con la nuova sezione, da applicare sulla tessera.', '- Presentati all''Ufficio elettorale con un documento d''identità.
- Per il duplicato, firma la dichiarazione di smarrimento o consegna la tessera deteriorata o esaurita.
- Ritira subito la nuova tessera.', '- Documento d''identità valido.
- La vecchia tessera, se esaurita o deteriorata.
- Per ritirarla per conto di un familiare: delega e copia del documento del delegante.', 'Ottieni la tessera elettorale o il suo duplicato.', 'La tessera è rilasciata subito allo sportello. Nei giorni di votazione l''Ufficio elettorale resta aperto dalle 7:00 alle 23:00 per il rilascio.', 'Il servizio è gratuito.', '', '', 'Presentati all''Ufficio elettorale, in Piazza del Municipio 1, piano terra, negli orari di apertura e senza appuntamento.', 0, 'Il servizio è erogato dall''Ufficio elettorale secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 11, 3, 'Ufficio elettorale

- Indirizzo: Piazza del Municipio 1 (piano terra), 53100 Valdimonte (SI)
- Telefono: 0577 900150
- Email: elettorale@comune.valdimonte.it
- PEC: elettorale@pec.comune.valdimonte.it', 476, 1, '2026-05-06 10:10:00'),
(76, 'albo-scrutatori', 'Iscrizione all''albo degli scrutatori', 'active', '', 'Iscriviti all''albo delle persone che possono essere nominate scrutatrici e scrutatori ai seggi elettorali. Domande entro il 30 novembre.', 1, 0, 'Le persone iscritte nelle liste elettorali di Valdimonte che hanno assolto gli obblighi scolastici.', 'Gli scrutatori sono i componenti dell''ufficio elettorale di sezione che, insieme al presidente e al segretario, gestiscono le operazioni di voto e lo spoglio delle schede.

La Commissione elettorale comunale nomina gli scrutatori tra gli iscritti all''albo, tra il 25° e il 20° giorno prima di ogni votazione. L''iscrizione resta valida finché non chiedi la cancellazione.

Non possono essere scrutatori i dipendenti dei Ministeri dell''Interno, delle Poste e dei Trasporti, gli appartenenti alle Forze armate in servizio, i medici provinciali, i segretari comunali e i dipendenti comunali addetti agli uffici elettorali, e i candidati alle elezioni.', '- Compila la domanda di iscrizione online o su carta.
- Indica il titolo di studio e la professione.
- Presenta la domanda entro il 30 novembre.
- Verifica a gennaio l''avvenuta iscrizione nell''albo pubblicato online.', '- Iscrizione nelle liste elettorali del Comune.
- Titolo di studio di scuola dell''obbligo.
- Documento d''identità.', 'Ottieni l''iscrizione all''albo degli scrutatori, dal quale sono scelti gli scrutatori per ogni votazione.', 'Le domande si presentano dal 1° ottobre al 30 novembre di ogni anno. L''albo aggiornato è approvato entro il 15 gennaio.', 'L''iscrizione è gratuita. Gli scrutatori nominati ricevono un onorario fisso stabilito dalla legge per ogni consultazione.', 'https://servizi.comune.valdimonte.it/elezioni/albo-scrutatori', 'Iscriviti online', 'Puoi consegnare la domanda all''Ufficio elettorale, in Piazza del Municipio 1, piano terra, o all''URP.', 0, 'Il servizio è erogato dall''Ufficio elettorale secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 11, 3, 'Ufficio elettorale

- Indirizzo: Piazza del Municipio 1 (piano terra), 53100 Valdimonte (SI)
- Telefono: 0577 900150
- Email: elettorale@comune.valdimonte.it
- PEC: elettorale@pec.comune.valdimonte.it', 92, 1, '2026-10-01 09:00:00'),
(77, 'albo-presidenti-di-seggio', 'Iscrizione all''albo dei presidenti di seggio', 'active', '', 'Iscriviti all''albo delle persone idonee a presiedere un seggio elettorale. Domande entro il 31 ottobre di ogni anno.', 1, 0, 'Le persone iscritte nelle liste elettorali di Valdimonte, con meno di 70 anni, in possesso del diploma di scuola secondaria di secondo grado.', 'Il presidente di seggio dirige le operazioni di voto e di scrutinio nella sezione elettorale. I presidenti sono nominati dal Presidente della Corte d''appello di Firenze tra le persone iscritte all''albo.

Le domande presentate entro il 31 ottobre vengono trasmesse alla Corte d''appello per l''aggiornamento dell''albo dell''anno successivo. Valgono le stesse incompatibilità previste per gli scrutatori.', '- Compila la domanda di iscrizione online o su carta.
- Indica il titolo di studio e la professione.
- Presenta la domanda entro il 31 ottobre.', '- Iscrizione nelle liste elettorali del Comune.
- Diploma di scuola secondaria di secondo grado.
- Documento d''identità.', 'Ottieni l''iscrizione all''albo dei presidenti di seggio della Corte d''appello.', 'Le domande si presentano dal 1° al 31 ottobre di ogni anno. L''albo aggiornato è approvato dalla Corte d''appello entro gennaio.', 'L''iscrizione è gratuita. I presidenti nominati ricevono un onorario fisso stabilito dalla legge.', 'https://servizi.comune.valdimonte.it/elezioni/albo-presidenti', 'Iscriviti online', 'Puoi consegnare la domanda all''Ufficio elettorale, in Piazza del Municipio 1, piano terra.', 0, 'Il servizio è erogato dall''Ufficio elettorale secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 11, 3, 'Ufficio elettorale

- Indirizzo: Piazza del Municipio 1 (piano terra), 53100 Valdimonte (SI)
- Telefono: 0577 900150
- Email: elettorale@comune.valdimonte.it
- PEC: elettorale@pec.comune.valdimonte.it', 26, 1, '2026-09-01 09:00:00'),
(78, 'voto-domiciliare-e-assistito', 'Voto domiciliare e voto assistito', 'active', '', 'Chiedi di votare a casa se una grave infermità ti impedisce di uscire, o di farti accompagnare in cabina se non puoi votare da solo.', 1, 0, 'Elettrici ed elettori di Valdimonte affetti da gravissime infermità o che dipendono da apparecchiature elettromedicali, e quelli con impedimenti fisici che non consentono di esprimere il voto in autonomia.', 'Il voto domiciliare consente alle persone che non possono allontanarsi dalla propria abitazione, anche con l''aiuto del trasporto pubblico organizzato dal Comune, di votare a casa: un componente del seggio raccoglie il voto garantendone la segretezza.

Il voto assistito consente alle persone non vedenti, con amputazione delle mani o con altre gravi limitazioni di votare in cabina con l''aiuto di un familiare o di un altro elettore di fiducia. Il diritto può essere annotato in modo permanente sulla tessera elettorale con il timbro "AVD".

Per gli elettori con difficoltà di deambulazione il Comune organizza anche il trasporto gratuito al seggio.', '- Chiedi il certificato al servizio di medicina legale dell''Azienda USL.
- Compila la domanda di voto domiciliare o di annotazione del voto assistito.
- Presenta la domanda all''Ufficio elettorale con il certificato e la copia della tessera elettorale.
- Per il voto domiciliare, attendi la comunicazione del giorno e dell''orario del passaggio del seggio.', '- Certificato rilasciato dal funzionario medico dell''Azienda USL.
- Copia della tessera elettorale e del documento d''identità.', 'Ottieni l''ammissione al voto domiciliare per la consultazione, oppure l''annotazione permanente del diritto al voto assistito.', 'La domanda di voto domiciliare va presentata tra il 40° e il 20° giorno prima della votazione. Il voto assistito può essere annotato in qualsiasi momento.', 'Il servizio e i certificati medici per l''esercizio del diritto di voto sono gratuiti.', '', '', 'La domanda può essere consegnata all''Ufficio elettorale, in Piazza del Municipio 1, anche da un familiare.', 0, 'Il servizio è erogato dall''Ufficio elettorale secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 11, 3, 'Ufficio elettorale

- Indirizzo: Piazza del Municipio 1 (piano terra), 53100 Valdimonte (SI)
- Telefono: 0577 900150
- Email: elettorale@comune.valdimonte.it
- PEC: elettorale@pec.comune.valdimonte.it', 19, 1, '2026-05-06 10:20:00'),
(79, 'albo-giudici-popolari', 'Iscrizione all''albo dei giudici popolari', 'inactive', 'Le iscrizioni per il biennio 2026-2027 si sono chiuse il 31 luglio 2025. Le domande per il prossimo aggiornamento si potranno presentare dal 1° aprile al 31 luglio 2027.', 'Iscriviti all''albo dal quale sono estratti i giudici popolari delle Corti d''assise e delle Corti d''assise d''appello.', 1, 0, 'Le cittadine e i cittadini italiani residenti a Valdimonte, di età compresa tra 30 e 65 anni, di buona condotta morale, con licenza di scuola secondaria di primo grado (Corte d''assise) o diploma di scuola secondaria di secondo grado (Corte d''assise d''appello).', 'I giudici popolari compongono, insieme ai magistrati, le Corti d''assise, che giudicano i reati più gravi. Sono scelti per sorteggio tra le persone iscritte negli albi tenuti da ciascun Comune.

Gli albi sono aggiornati ogni due anni: negli anni dispari il Comune raccoglie le domande di iscrizione dal 1° aprile al 31 luglio e le trasmette al Tribunale. Non possono essere iscritti i magistrati, gli appartenenti alle Forze armate e di polizia in servizio e i ministri di culto.', '- Compila la domanda di iscrizione nel periodo di apertura.
- Indica l''albo al quale chiedi l''iscrizione, in base al titolo di studio.
- Presenta la domanda all''Ufficio elettorale.', '- Documento d''identità.
- Titolo di studio richiesto.', 'Ottieni l''iscrizione all''albo dei giudici popolari di Corte d''assise o di Corte d''assise d''appello.', 'Le domande si presentano dal 1° aprile al 31 luglio degli anni dispari.', 'L''iscrizione è gratuita.', '', '', 'Nel periodo di apertura, la domanda si consegna all''Ufficio elettorale, in Piazza del Municipio 1, piano terra.', 0, 'Il servizio è erogato dall''Ufficio elettorale secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 11, 9, 'Ufficio elettorale

- Indirizzo: Piazza del Municipio 1 (piano terra), 53100 Valdimonte (SI)
- Telefono: 0577 900150
- Email: elettorale@comune.valdimonte.it
- PEC: elettorale@pec.comune.valdimonte.it', 12, 1, '2026-01-15 09:00:00'),
(80, 'accesso-agli-atti', 'Accesso agli atti', 'active', '', 'Chiedi di vedere o di avere copia di documenti del Comune che riguardano un tuo interesse diretto, concreto e attuale.', 1, 1, 'Le persone, le imprese e le associazioni che hanno un interesse diretto, concreto e attuale, collegato a una situazione giuridicamente tutelata, a conoscere un documento amministrativo.', 'L''accesso documentale, regolato dalla legge 241/1990, consente di prendere visione e di ottenere copia dei documenti amministrativi detenuti dal Comune, quando servono per tutelare un proprio diritto o interesse: per esempio i documenti di un concorso, di una gara o di un procedimento che ti riguarda.

Nella richiesta devi spiegare il motivo. Se il documento riguarda altre persone, il Comune le informa e queste possono opporsi entro 10 giorni.

Per conoscere documenti e dati del Comune senza dover dimostrare un interesse puoi usare invece l''accesso civico generalizzato. Per le pratiche edilizie è disponibile un servizio dedicato dello Sportello unico per l''edilizia.', '- Compila la richiesta online o su carta, indicando i documenti e il motivo.
- Allega la copia del documento d''identità.
- Invia la richiesta; l''URP la inoltra all''ufficio che detiene i documenti.
- Ricevi i documenti per posta elettronica o prendi appuntamento per la visione.', '- Documento d''identità del richiedente.
- Indicazione precisa dei documenti richiesti e del motivo della richiesta.
- Delega, se la richiesta è presentata per conto di altri.', 'Ottieni la visione o la copia dei documenti, oppure un provvedimento motivato di rifiuto, limitazione o differimento.', 'Il Comune risponde entro 30 giorni. Se la richiesta è respinta, o non ricevi risposta, puoi ricorrere entro 30 giorni al Tribunale amministrativo regionale o al Difensore civico regionale.', '- Visione e copie digitali: gratuite.
- Copie cartacee: 0,25 euro per facciata A4.
- Copie conformi: marca da bollo da 16 euro ogni 4 facciate.', 'https://servizi.comune.valdimonte.it/trasparenza/accesso-atti', 'Richiedi online', 'Puoi presentare la richiesta allo sportello dell''URP, in Piazza del Municipio 1, negli orari di apertura.', 0, 'Il servizio è erogato dall''Ufficio relazioni con il pubblico secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 10, 3, 'Ufficio relazioni con il pubblico (URP)

- Indirizzo: Piazza del Municipio 1, 53100 Valdimonte (SI)
- Telefono: 0577 900000
- Email: urp@comune.valdimonte.it
- PEC: protocollo@pec.comune.valdimonte.it', 257, 1, '2026-11-10 09:30:00'),
(81, 'accesso-civico-generalizzato', 'Accesso civico generalizzato', 'active', '', 'Chiedi dati e documenti detenuti dal Comune senza dover motivare la richiesta, come previsto dalla normativa sulla trasparenza.', 1, 1, 'Chiunque, senza limiti di cittadinanza, residenza o interesse.', 'L''accesso civico generalizzato, previsto dal decreto legislativo 33/2013, consente a chiunque di ottenere dati e documenti detenuti dal Comune, ulteriori rispetto a quelli che devono essere pubblicati, per favorire il controllo diffuso sull''attività amministrativa.

La richiesta non va motivata. Può essere respinta solo per tutelare interessi pubblici o privati indicati dalla legge, come la protezione dei dati personali, la sicurezza pubblica o gli interessi economici e commerciali.

Se un documento che il Comune deve pubblicare nella sezione Amministrazione trasparente non è presente, puoi chiederne la pubblicazione con l''accesso civico semplice.', '- Compila la richiesta online o su carta, indicando con precisione i dati o i documenti.
- Invia la richiesta all''URP.
- Ricevi i documenti o la comunicazione motivata di rifiuto.
- In caso di rifiuto, puoi chiedere il riesame al Responsabile della prevenzione della corruzione e della trasparenza.', '- Dati del richiedente e recapito per la risposta.
- Indicazione dei dati o documenti richiesti.', 'Ottieni i dati o i documenti richiesti, oppure una decisione motivata di rifiuto.', 'Il Comune risponde entro 30 giorni. Il riesame si conclude entro 20 giorni.', 'Il servizio è gratuito, salvo il rimborso del costo di riproduzione su supporti materiali.', 'https://servizi.comune.valdimonte.it/trasparenza/accesso-civico', 'Richiedi online', 'Puoi presentare la richiesta allo sportello dell''URP, in Piazza del Municipio 1.', 0, 'Il servizio è erogato dall''Ufficio relazioni con il pubblico secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 10, 3, 'Ufficio relazioni con il pubblico (URP)

- Indirizzo: Piazza del Municipio 1, 53100 Valdimonte (SI)
- Telefono: 0577 900000
- Email: urp@comune.valdimonte.it
- PEC: protocollo@pec.comune.valdimonte.it', 31, 1, '2026-11-10 09:40:00'),
(82, 'vendita-diretta-prodotti-agricoli', 'Vendita diretta dei prodotti agricoli', 'active', '', 'Comunica l''avvio della vendita diretta dei prodotti della tua azienda agricola: in azienda, su aree private o al mercato.', 0, 1, 'Gli imprenditori agricoli, singoli o associati, iscritti nel registro delle imprese, che vogliono vendere direttamente ai consumatori i prodotti provenienti in prevalenza dalla propria azienda.', 'La vendita diretta permette agli imprenditori agricoli di vendere al dettaglio i prodotti della propria azienda, anche trasformati, senza una licenza di commercio, come previsto dall''articolo 4 del decreto legislativo 18 maggio 2001, n. 228.

La vendita in azienda o su aree private di cui l''impresa ha la disponibilità richiede soltanto una comunicazione al Comune. La vendita su aree pubbliche richiede anche un posteggio, per esempio al mercato settimanale del sabato o al mercato dei produttori agricoli della prima domenica del mese.

La vendita online dei propri prodotti segue le stesse regole e si comunica allo stesso modo.', '- Compila la comunicazione di vendita diretta sul portale Impresa in un giorno, scegliendo il Comune di Valdimonte.
- Indica i prodotti che intendi vendere, il luogo e il periodo della vendita.
- Allega i documenti richiesti e firma digitalmente la pratica.
- Invia la comunicazione: puoi iniziare a vendere dalla data di invio.', '- L''iscrizione dell''azienda nel registro delle imprese come impresa agricola.
- La firma digitale del titolare o del legale rappresentante.
- Per i prodotti trasformati, come formaggi, conserve o vino: la registrazione sanitaria presso l''Azienda USL Toscana sud est.', 'La ricevuta della comunicazione, che vale come titolo per la vendita diretta nel luogo indicato. Conservala nel luogo di vendita per mostrarla durante i controlli.', '- Dal giorno dell''invio della comunicazione puoi iniziare la vendita.
- Entro 60 giorni il SUAP verifica i requisiti e può chiedere integrazioni o vietare la prosecuzione dell''attività.', 'La comunicazione è gratuita. Per la vendita su aree pubbliche è dovuto il canone unico patrimoniale per l''occupazione del posteggio.', 'https://www.impresainungiorno.gov.it/', 'Presenta la comunicazione', 'Lo Sportello unico per le attività produttive, in Viale della Repubblica 30 (primo piano), dà informazioni e aiuta a compilare la pratica su appuntamento.', 1, 'Il servizio è erogato dallo Sportello unico per le attività produttive secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 7, 1, 'Sportello unico per le attività produttive (SUAP)

- Indirizzo: Viale della Repubblica 30 (primo piano), 53100 Valdimonte (SI)
- Telefono: 0577 900650
- Email: suap@comune.valdimonte.it
- PEC: suap@pec.comune.valdimonte.it', 34, 1, '2026-10-21 10:00:00'),
(83, 'elenco-operatori-economici', 'Iscrizione all''elenco degli operatori economici', 'active', '', 'Iscrivi la tua impresa all''elenco da cui il Comune sceglie gli operatori da invitare agli affidamenti di lavori, servizi e forniture.', 0, 1, 'Le imprese, i professionisti e gli altri operatori economici che vogliono essere invitati alle procedure di affidamento di lavori, servizi, forniture e incarichi professionali del Comune di Valdimonte.', 'Il Comune affida i contratti di importo inferiore alle soglie europee anche con procedure negoziate, invitando operatori scelti a rotazione da un elenco aperto, come previsto dal Codice dei contratti pubblici (decreto legislativo 31 marzo 2023, n. 36).

L''elenco è gestito sulla piattaforma telematica START della Regione Toscana, dove si svolgono anche le gare. L''iscrizione è sempre aperta, è gratuita e vale per le categorie di lavori, servizi e forniture che indichi.

Gli avvisi e gli esiti delle procedure sono pubblicati nella sezione Amministrazione trasparente, sottosezione Bandi di gara e contratti.', '- Registrati sulla piattaforma START con la tua identità digitale (SPID, CIE o CNS).
- Scegli il Comune di Valdimonte e le categorie merceologiche o le categorie di lavori per cui chiedi l''iscrizione.
- Compila la dichiarazione sul possesso dei requisiti e carica i documenti richiesti.
- Invia la domanda: riceverai l''esito per posta elettronica certificata.', '- L''iscrizione alla camera di commercio o all''albo professionale.
- Il possesso dei requisiti generali previsti dal Codice dei contratti pubblici.
- Per i lavori di importo superiore a 150.000 euro: l''attestazione SOA per le categorie richieste.
- Una casella di posta elettronica certificata e la firma digitale.', 'L''iscrizione all''elenco, per le categorie richieste, valida tre anni. Durante la validità puoi aggiornare i tuoi dati e aggiungere categorie.', '- Entro 30 giorni dalla domanda il Comune comunica l''iscrizione o le integrazioni necessarie.
- Ogni tre anni devi confermare i requisiti, altrimenti l''iscrizione viene sospesa.', 'L''iscrizione è gratuita.', 'https://start.toscana.it/', 'Iscriviti su START', 'L''Ufficio Lavori pubblici e manutenzioni, in Viale della Repubblica 30 (terzo piano), dà informazioni sull''iscrizione dal lunedì al venerdì, dalle 9:00 alle 12:30.', 0, 'Il servizio è erogato dall''Ufficio Lavori pubblici e manutenzioni secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 9, 4, 'Ufficio Lavori pubblici e manutenzioni

- Indirizzo: Viale della Repubblica 30 (terzo piano), 53100 Valdimonte (SI)
- Telefono: 0577 900750
- Email: lavoripubblici@comune.valdimonte.it
- PEC: lavoripubblici@pec.comune.valdimonte.it', 58, 1, '2026-07-14 12:00:00'),
(84, 'concorsi-e-selezioni', 'Concorsi e selezioni del Comune', 'active', '', 'Partecipa ai concorsi e alle selezioni per lavorare nel Comune di Valdimonte, a tempo indeterminato o determinato.', 1, 0, 'Chi vuole lavorare nel Comune di Valdimonte e ha i requisiti indicati nel bando: di norma la cittadinanza italiana o di un altro Stato dell''Unione europea, la maggiore età e il titolo di studio richiesto per il profilo.', 'Il Comune assume il proprio personale con concorsi pubblici per esami o per titoli ed esami, e con selezioni per incarichi a tempo determinato, secondo il piano dei fabbisogni di personale approvato ogni anno.

Dal 2023 i bandi dei Comuni sono pubblicati sul Portale unico del reclutamento inPA, dove si presentano anche le domande. Sul sito del Comune trovi i bandi aperti, i calendari delle prove, le graduatorie e gli esiti nella sezione Amministrazione trasparente, sottosezione Bandi di concorso.', '- Registrati sul portale inPA con la tua identità digitale (SPID, CIE o CNS) e compila il tuo curriculum.
- Cerca il bando del Comune di Valdimonte e verifica di avere i requisiti.
- Compila la domanda online entro la scadenza indicata nel bando e paga la tassa di concorso.
- Consulta il calendario delle prove e presentati con un documento d''identità valido.', '- Un''identità digitale (SPID, CIE o CNS) e un indirizzo di posta elettronica certificata o ordinaria.
- I requisiti generali e il titolo di studio richiesti dal bando.
- La ricevuta del pagamento della tassa di concorso, se prevista.', 'La partecipazione al concorso o alla selezione. Al termine ricevi l''esito e, se sei tra i vincitori, la proposta di assunzione; la graduatoria resta valida due anni.', '- Il termine per la domanda è indicato nel bando, di norma 30 giorni dalla pubblicazione.
- Il calendario delle prove è pubblicato almeno 15 giorni prima della prima prova.
- La graduatoria è approvata e pubblicata al termine delle prove.', 'La tassa di concorso, quando prevista dal bando, è di 10 euro e non è rimborsabile.', 'https://www.inpa.gov.it/', 'Vai al portale inPA', 'L''Ufficio relazioni con il pubblico, in Piazza del Municipio 1, dà informazioni sui bandi aperti e aiuta chi non ha accesso a Internet a consultarli.', 0, 'Il servizio è erogato dall''Ufficio relazioni con il pubblico secondo gli standard di qualità stabiliti nella Carta dei servizi del Comune di Valdimonte.

Per conoscere nel dettaglio termini, requisiti, tempi garantiti e modalità di trattamento dei dati personali, ai sensi del Regolamento (UE) 2016/679, consulta le condizioni di servizio pubblicate nella sezione Amministrazione trasparente del sito.', 10, 15, 'Ufficio relazioni con il pubblico (URP)

- Indirizzo: Piazza del Municipio 1, 53100 Valdimonte (SI)
- Telefono: 0577 900000
- Email: urp@comune.valdimonte.it
- PEC: protocollo@pec.comune.valdimonte.it', 412, 1, '2026-09-30 11:15:00');

INSERT INTO service_topics (service_id, topic_id) VALUES
(1, 1),
(2, 1),
(3, 1),
(3, 18),
(4, 1),
(4, 18),
(4, 29),
(5, 1),
(5, 30),
(6, 1),
(6, 17),
(7, 16),
(8, 16),
(9, 16),
(10, 16),
(11, 1),
(12, 1),
(13, 1),
(14, 2),
(15, 2),
(16, 32),
(16, 4),
(17, 32),
(17, 4),
(18, 32),
(18, 6),
(19, 2),
(19, 8),
(20, 2),
(21, 2),
(21, 31),
(22, 3),
(23, 11),
(24, 3),
(24, 35),
(25, 3),
(26, 8),
(26, 7),
(27, 12),
(28, 12),
(28, 34),
(29, 12),
(30, 12),
(31, 12),
(31, 29),
(32, 4),
(33, 4),
(33, 32),
(34, 4),
(34, 14),
(35, 26),
(36, 27),
(37, 19),
(38, 5),
(39, 5),
(40, 5),
(41, 5),
(41, 20),
(42, 5),
(43, 5),
(43, 6),
(44, 5),
(44, 9),
(45, 6),
(45, 17),
(46, 6),
(47, 6),
(48, 6),
(48, 35),
(49, 6),
(50, 6),
(51, 35),
(51, 20),
(52, 7),
(53, 7),
(54, 7),
(55, 7),
(56, 7),
(57, 7),
(57, 24),
(58, 7),
(58, 29),
(59, 7),
(59, 33),
(60, 8),
(60, 21),
(61, 8),
(61, 21),
(62, 22),
(62, 23),
(63, 8),
(63, 9),
(64, 8),
(64, 20),
(65, 28),
(65, 9),
(66, 9),
(66, 24),
(67, 28),
(68, 10),
(68, 28),
(69, 10),
(70, 10),
(70, 28),
(71, 15),
(71, 7),
(72, 7),
(73, 25),
(74, 7),
(74, 18),
(75, 13),
(76, 13),
(77, 13),
(78, 13),
(78, 35),
(79, 34),
(80, 33),
(80, 15),
(81, 33),
(81, 15),
(82, 36),
(82, 23),
(83, 8),
(84, 37),
(84, 38);

INSERT INTO faqs (id, slug, topic_id, question, answer, position, updated_at) VALUES
(1, 'carta-identita-tempi-consegna', 1, 'Quanto tempo ci vuole per ricevere la carta d''identità elettronica?', 'La carta viene stampata dal Poligrafico dello Stato e spedita entro 6 giorni lavorativi dalla richiesta all''indirizzo che indichi allo sportello.

Se devi partire prima, puoi usare il passaporto oppure chiedere all''ufficio, mostrando il biglietto di viaggio, un attestato provvisorio. Ti consigliamo di prenotare il rinnovo con anticipo: puoi farlo da 180 giorni prima della scadenza.', 10, '2026-09-18 10:35:00'),
(2, 'carta-identita-cartacea-validita', 1, 'La mia carta d''identità cartacea è ancora valida?', 'No. Dal 3 agosto 2026, per effetto del Regolamento (UE) 2019/1157, le carte d''identità cartacee non sono più valide, anche se riportano una data di scadenza successiva.

Se hai ancora il documento cartaceo, prenota al più presto un appuntamento per la carta d''identità elettronica.', 20, '2026-08-04 09:00:00'),
(3, 'carta-identita-minori-espatrio', 1, 'Mio figlio minorenne può avere la carta d''identità valida per l''espatrio?', 'Sì. Per rilasciare la carta valida per l''espatrio a un minore serve l''assenso di entrambi i genitori: devono essere presenti tutti e due allo sportello, oppure uno dei due può firmare un modulo di assenso e allegare la copia del proprio documento.

Il minore deve essere sempre presente. Dai 12 anni in su vengono acquisite anche le impronte digitali.', 30, '2026-03-12 09:20:00'),
(4, 'come-richiedere-certificato', 1, 'Come posso richiedere un certificato anagrafico?', 'Il modo più rapido è scaricarlo gratuitamente dal portale dell''Anagrafe nazionale (ANPR) con SPID, CIE o CNS: è subito disponibile e non paghi il bollo.

In alternativa puoi richiederlo all''Ufficio Anagrafe, senza appuntamento, con una marca da bollo da 16 euro se il certificato non è esente. Ricorda che alle pubbliche amministrazioni non devi consegnare certificati: basta l''autocertificazione.', 40, '2026-06-10 09:05:00'),
(5, 'autocertificazione-quando', 1, 'Quando posso usare l''autocertificazione al posto del certificato?', 'Sempre, nei rapporti con le pubbliche amministrazioni e con i gestori di pubblici servizi: non possono chiederti né accettare certificati. Basta una dichiarazione sostitutiva firmata, con la copia di un documento d''identità.

I privati, come banche e assicurazioni, possono accettare l''autocertificazione ma non sono obbligati a farlo.', 50, '2026-06-10 09:10:00'),
(6, 'residenza-tempi-conferma', 1, 'Dopo quanto tempo il cambio di residenza è definitivo?', 'Il Comune registra il cambio di residenza entro 2 giorni lavorativi dalla dichiarazione, con effetto dalla data in cui l''hai presentata.

Nei 45 giorni successivi la Polizia locale verifica che tu abiti all''indirizzo indicato. Se in questo periodo non ricevi comunicazioni, il cambio di residenza si considera confermato.', 60, '2026-02-16 11:15:00'),
(7, 'residenza-vigile-non-trova', 1, 'Cosa succede se la Polizia locale passa per il controllo e non mi trova in casa?', 'L''agente lascia un avviso con i recapiti del Comando. Contatta il Comando entro il termine indicato per concordare un nuovo passaggio o per presentarti in ufficio.

Se dopo più tentativi non è possibile verificare la tua dimora, la dichiarazione può essere respinta. Comunica sempre i nomi corretti sul campanello e sulla cassetta della posta.', 70, '2026-02-16 11:20:00'),
(8, 'matrimonio-testimoni', 1, 'Quanti testimoni servono per il matrimonio civile?', 'Servono due testimoni maggiorenni, uno per ciascuno sposo o entrambi scelti insieme. Possono essere anche parenti degli sposi o persone con cittadinanza straniera, purché abbiano un documento d''identità valido.

I dati dei testimoni vanno comunicati all''Ufficio di Stato civile almeno 15 giorni prima della cerimonia.', 80, '2026-01-19 16:10:00'),
(9, 'imu-abitazione-principale', 2, 'Devo pagare l''IMU sulla casa in cui abito?', 'No, se è la tua abitazione principale, cioè l''immobile in cui tu e la tua famiglia avete la residenza anagrafica e la dimora abituale, e non rientra nelle categorie catastali di lusso A/1, A/8 o A/9.

L''esenzione vale anche per le pertinenze, nel limite di una per ciascuna categoria C/2, C/6 e C/7. Per le altre pertinenze si paga l''aliquota ordinaria.', 10, '2026-05-20 11:50:00'),
(10, 'imu-pagamento-ritardo', 2, 'Ho dimenticato di pagare l''acconto IMU: cosa posso fare?', 'Puoi regolarizzare con il ravvedimento operoso, pagando l''imposta dovuta insieme a una sanzione ridotta e agli interessi legali calcolati giorno per giorno. Più presto paghi, minore è la sanzione.

Il calcolatore online del Comune calcola anche il ravvedimento. Il ravvedimento non è più possibile dopo la notifica di un avviso di accertamento.', 20, '2026-06-20 10:00:00'),
(11, 'imu-comodato-figli', 2, 'Ho dato una casa in comodato a mio figlio: ho diritto a uno sconto IMU?', 'Sì, la base imponibile è ridotta del 50% se il comodato è tra genitori e figli, il contratto è registrato, il figlio vi abita con residenza e tu possiedi al massimo un''altra abitazione nello stesso Comune, nella quale risiedi.

Per ottenere la riduzione devi presentare la dichiarazione IMU entro il 30 giugno dell''anno successivo.', 30, '2026-06-03 12:20:00'),
(12, 'tari-avviso-non-ricevuto', 2, 'Non ho ricevuto l''avviso di pagamento della TARI: cosa devo fare?', 'Puoi scaricare l''avviso e i moduli di pagamento dall''area personale del portale dei tributi, accedendo con SPID, CIE o CNS.

Se non trovi la tua posizione, contatta l''Ufficio Tributi: potrebbe essere necessario presentare la dichiarazione di iscrizione. Il mancato ricevimento dell''avviso non esonera dal pagamento.', 40, '2026-04-15 09:10:00'),
(13, 'tari-trasloco', 2, 'Mi sono trasferito in un''altra casa a Valdimonte: devo comunicarlo anche per la TARI?', 'Sì. Il cambio di residenza non aggiorna automaticamente la superficie e l''indirizzo dell''immobile soggetto a TARI: devi presentare la dichiarazione di cessazione per la vecchia abitazione e di iscrizione per la nuova.

Hai 90 giorni di tempo dal trasloco e puoi farlo online in pochi minuti.', 50, '2026-02-24 10:40:00'),
(14, 'rimborso-tributo-pagato-due-volte', 2, 'Ho pagato due volte la stessa rata: come riavere i soldi?', 'Presenta la domanda di rimborso all''Ufficio Tributi allegando le due ricevute e l''IBAN. Hai tempo 5 anni dal pagamento.

In alternativa puoi chiedere di compensare la somma con le rate successive dello stesso tributo: l''ufficio ti comunicherà l''importo residuo da pagare.', 60, '2026-07-30 10:25:00'),
(15, 'permesso-sosta-cambio-auto', 3, 'Ho cambiato auto: il mio permesso di sosta per residenti è ancora valido?', 'Il permesso è legato alla targa, quindi devi comunicare la nuova targa. Puoi farlo online dalla pagina del servizio, allegando la carta di circolazione del nuovo veicolo.

La variazione è gratuita e viene registrata entro 2 giorni lavorativi; nel frattempo conserva sul veicolo una copia della richiesta.', 10, '2026-01-08 09:40:00'),
(16, 'ztl-orari', 11, 'In quali orari è attiva la ZTL del centro storico?', 'La zona a traffico limitato è attiva tutti i giorni dalle 8:00 alle 20:00. In questa fascia possono entrare solo i veicoli autorizzati, i mezzi di soccorso e i veicoli al servizio di persone con disabilità con targa registrata.

I pannelli luminosi ai varchi indicano "varco attivo" o "varco non attivo": se il varco è attivo e non hai il permesso, riceverai una sanzione.', 20, '2026-03-19 10:05:00'),
(17, 'ztl-ospite-albergo', 11, 'Soggiorno in un albergo del centro storico: posso entrare nella ZTL con la mia auto?', 'Sì, per raggiungere la struttura e scaricare i bagagli. Comunica la targa al gestore, che la trasmette al Comando di Polizia locale entro 48 ore dal passaggio.

Il permesso vale solo per il tragitto verso la struttura e per il giorno di arrivo e di partenza; per la sosta usa i parcheggi indicati dall''albergo.', 30, '2026-03-19 10:10:00'),
(18, 'contrassegno-disabili-altra-auto', 3, 'Posso usare il contrassegno per persone con disabilità su un''auto diversa dalla mia?', 'Sì. Il contrassegno è personale e non è legato al veicolo: puoi esporlo su qualsiasi auto che ti stia trasportando. Non può invece essere usato quando la persona titolare non è a bordo.

L''uso improprio del contrassegno comporta una sanzione e il ritiro del contrassegno.', 40, '2026-02-11 11:25:00'),
(19, 'ingombranti-cosa-ritirate', 4, 'Quali rifiuti posso far ritirare con il servizio ingombranti?', 'Mobili, materassi, reti, divani, sedie, biciclette, passeggini ed elettrodomestici grandi e piccoli, come frigoriferi, lavatrici e televisori.

Non si ritirano calcinacci, sanitari, pneumatici, vernici, batterie e altri rifiuti pericolosi: questi vanno portati al centro di raccolta di Via dell''Artigianato 14.', 10, '2026-04-28 09:10:00'),
(20, 'centro-raccolta-orari', 4, 'Dove si trova il centro di raccolta e quando è aperto?', 'Il centro di raccolta comunale è in Via dell''Artigianato 14, in località Le Fornaci. È aperto dal martedì al sabato dalle 8:00 alle 12:30 e il giovedì anche dalle 14:30 alle 17:30.

L''accesso è gratuito per le famiglie iscritte alla TARI: porta con te la tessera sanitaria dell''intestatario.', 20, '2026-04-28 09:15:00'),
(21, 'raccolta-differenziata-olio', 4, 'Dove devo buttare l''olio da cucina usato?', 'L''olio da cucina usato non va mai versato nel lavandino o nel water, perché danneggia le tubature e inquina l''acqua. Raccoglilo in una bottiglia di plastica chiusa e portalo negli appositi contenitori stradali gialli o al centro di raccolta.

L''elenco dei punti di raccolta dell''olio è disponibile nella pagina dell''Ufficio Ambiente.', 30, '2026-05-11 11:10:00'),
(22, 'potatura-alberi-autorizzazione', 26, 'Serve un''autorizzazione per potare gli alberi del mio giardino?', 'No, la potatura non richiede autorizzazione, ma deve rispettare le regole del Regolamento del verde: sono vietate le capitozzature, cioè i tagli drastici che eliminano la chioma, salvo casi motivati.

L''autorizzazione serve invece per abbattere alberi con una circonferenza del tronco superiore a 60 centimetri, misurata a 1,30 metri da terra.', 40, '2026-03-09 09:50:00'),
(23, 'mensa-ricarica-credito', 5, 'Come ricarico il credito della mensa scolastica?', 'Puoi ricaricare il borsellino elettronico con pagoPA dall''area personale del portale dei servizi scolastici, con carta di credito o conto corrente, oppure stampare l''avviso e pagarlo in tabaccheria o in banca.

Il credito viene aggiornato entro il giorno lavorativo successivo. Quando il saldo scende sotto i 10 euro ricevi un avviso per e-mail.', 10, '2026-07-15 10:10:00'),
(24, 'mensa-assenza-pasto', 5, 'Se mio figlio è assente mi viene addebitato il pasto?', 'No. La presenza in mensa viene rilevata ogni mattina a scuola e il pasto viene scalato dal credito solo se il bambino è presente.

Se il bambino esce prima di pranzo, gli insegnanti comunicano l''assenza alla cucina entro le 9:30.', 20, '2026-07-15 10:15:00'),
(25, 'nido-lista-attesa', 5, 'La graduatoria del nido è chiusa: posso ancora iscrivere mio figlio?', 'Sì. Le domande presentate dopo la scadenza entrano in una lista d''attesa, ordinata secondo gli stessi criteri della graduatoria. Quando un posto si libera durante l''anno, l''ufficio contatta le famiglie in lista.

Ti consigliamo di presentare comunque la domanda online il prima possibile.', 30, '2026-03-23 09:10:00'),
(26, 'trasporto-scolastico-fermata', 5, 'Chi può prendere mio figlio alla fermata dello scuolabus?', 'Un genitore o un''altra persona maggiorenne indicata nella delega presentata al momento dell''iscrizione. Se alla fermata non c''è nessuno, il bambino della scuola dell''infanzia o primaria resta sullo scuolabus e viene riaccompagnato a scuola.

I ragazzi della scuola secondaria di primo grado possono scendere da soli se i genitori firmano l''autorizzazione all''uscita autonoma.', 40, '2026-06-01 09:45:00'),
(27, 'isee-dove-farlo', 6, 'Dove posso fare l''ISEE?', 'Puoi presentare la dichiarazione sostitutiva unica (DSU) online sul sito dell''INPS, anche con la DSU precompilata, oppure farti aiutare gratuitamente da un CAF.

L''attestazione ISEE è disponibile di solito entro pochi giorni e vale fino al 31 dicembre dell''anno in cui è stata presentata.', 10, '2026-01-12 10:10:00'),
(28, 'assistente-sociale-appuntamento', 6, 'Come prendo appuntamento con un''assistente sociale?', 'Puoi prenotare online, telefonare allo 0577 900500 o presentarti allo sportello dell''Ufficio Servizi sociali in Via San Francesco 5 negli orari di apertura.

Il primo colloquio serve a capire la tua situazione e a orientarti verso gli aiuti più adatti. Il colloquio è gratuito e riservato.', 20, '2026-07-21 10:35:00'),
(29, 'contributo-affitto-quando-bando', 6, 'Quando esce il bando per il contributo affitto?', 'Il bando viene pubblicato ogni anno, di solito a giugno, e resta aperto circa 45 giorni. Il bando 2026 è chiuso.

Per non perdere la prossima edizione, iscriviti alla newsletter del Comune o consulta la sezione Bandi e avvisi del sito. Prepara in anticipo l''attestazione ISEE e le ricevute dell''affitto.', 30, '2026-08-20 09:35:00'),
(30, 'bonus-acqua-automatico', 6, 'Il bonus idrico mi viene dato automaticamente?', 'Il bonus sociale idrico nazionale è riconosciuto automaticamente a chi ha un ISEE entro le soglie, senza domanda, dopo la presentazione della DSU.

Il bonus idrico integrativo, invece, richiede una domanda al Comune entro il 15 dicembre 2026. Le due agevolazioni si sommano.', 40, '2026-10-20 09:10:00'),
(31, 'cila-o-scia', 7, 'Devo rifare il bagno e spostare una parete: serve la CILA o la SCIA?', 'Il rifacimento del bagno senza modifiche alle pareti è edilizia libera e non richiede comunicazioni. Se sposti o demolisci pareti interne non portanti serve la CILA, presentata da un tecnico abilitato.

Se l''intervento riguarda parti strutturali, come muri portanti o solai, serve invece la SCIA, accompagnata dal deposito della pratica sismica.', 10, '2026-04-09 11:20:00'),
(32, 'cdu-quando-serve', 7, 'Quando serve il certificato di destinazione urbanistica?', 'Serve per vendere, donare o dividere terreni, salvo le aree di pertinenza di edifici accatastati con superficie inferiore a 5.000 metri quadrati, e per le dichiarazioni di successione che comprendono terreni.

Il certificato vale un anno: se nel frattempo non cambiano gli strumenti urbanistici, puoi usarlo anche per più atti.', 20, '2026-04-09 11:25:00'),
(33, 'pratiche-edilizie-vecchie', 7, 'Come verifico se la mia casa è in regola prima di venderla?', 'Chiedi l''accesso agli atti edilizi per ottenere copia delle licenze, concessioni e condoni relativi all''immobile, e fai confrontare da un tecnico lo stato attuale con l''ultimo progetto approvato.

Il notaio e l''acquirente di solito chiedono questa verifica: conviene avviarla con qualche mese di anticipo, perché le pratiche più antiche sono in archivio cartaceo.', 30, '2026-07-07 15:45:00'),
(34, 'vincolo-paesaggistico-verifica', 7, 'Come faccio a sapere se il mio immobile è in zona vincolata?', 'Puoi consultare la cartografia del Piano operativo comunale sul sito del Comune e il geoportale della Regione Toscana, che riporta i vincoli paesaggistici del Piano di indirizzo territoriale.

In caso di dubbio chiedi un certificato di destinazione urbanistica o un appuntamento con i tecnici del SUE.', 40, '2026-04-09 11:30:00'),
(35, 'aprire-negozio-primi-passi', 8, 'Voglio aprire un negozio: da dove comincio?', 'Prima di firmare un contratto di affitto, verifica con il SUAP che i locali abbiano la destinazione d''uso commerciale e che non ci siano vincoli per il tipo di attività che vuoi svolgere.

Poi iscrivi l''impresa al Registro delle imprese e presenta la SCIA sul portale impresainungiorno.gov.it. Per il settore alimentare servono anche i requisiti professionali e la notifica sanitaria.', 10, '2026-09-02 15:10:00'),
(36, 'dehors-centro-storico', 8, 'Posso mettere tavolini all''esterno del mio bar nel centro storico?', 'Sì, con la concessione di occupazione del suolo pubblico e nel rispetto del piano comunale degli arredi, che stabilisce materiali, colori e dimensioni consentiti. Nel centro storico serve anche l''autorizzazione paesaggistica per le strutture fisse.

La domanda si presenta al SUAP; l''occupazione è soggetta al canone unico patrimoniale.', 20, '2026-08-05 10:45:00'),
(37, 'mercato-settimanale-giorno', 23, 'Quando si svolge il mercato settimanale?', 'Il mercato settimanale si tiene ogni martedì dalle 7:30 alle 13:30 in Piazza del Mercato e in Via Vittorio Veneto. Se il martedì è festivo, il mercato si sposta al giorno lavorativo precedente.

La terza domenica di ogni mese in Piazza Garibaldi si svolge il mercatino dell''antiquariato e del collezionismo.', 30, '2026-09-02 15:15:00'),
(38, 'biblioteca-prestito-durata', 9, 'Per quanto tempo posso tenere i libri della biblioteca?', 'Il prestito dura 30 giorni per i libri e 7 giorni per film e riviste. Puoi rinnovare il prestito una volta, online o al telefono, se nessun altro utente ha prenotato il documento.

In caso di ritardo, il prestito viene sospeso per un numero di giorni pari al ritardo.', 10, '2026-10-02 17:05:00'),
(39, 'sala-festa-privata', 9, 'Posso prenotare una sala comunale per una festa di compleanno?', 'No, le sale comunali sono concesse solo per iniziative culturali, sociali, formative e di partecipazione, anche a pagamento se organizzate da associazioni, ma non per feste private.

Per feste e ricevimenti puoi rivolgerti alle strutture private del territorio o alle sale parrocchiali.', 20, '2026-03-17 16:05:00'),
(40, 'campi-disdetta', 10, 'Posso annullare la prenotazione di un campo sportivo?', 'Sì, puoi annullarla gratuitamente dal portale delle prenotazioni fino a 24 ore prima dell''orario prenotato; l''importo ti viene rimborsato sullo stesso strumento di pagamento.

In caso di pioggia che rende impraticabile il campo, il custode registra l''annullamento e puoi scegliere tra rimborso e nuova prenotazione.', 10, '2026-05-22 10:05:00'),
(41, 'palestre-scuole-estate', 10, 'Le palestre scolastiche sono disponibili anche d''estate?', 'Da luglio alla fine di agosto le palestre scolastiche sono chiuse per i lavori di manutenzione e pulizia straordinaria.

Durante l''estate sono disponibili il palazzetto dello sport, fino al 15 luglio, e gli impianti all''aperto del centro sportivo "La Pineta".', 20, '2026-01-22 09:20:00'),
(42, 'associazione-sportiva-albo', 10, 'Come iscrivo la mia associazione sportiva all''albo comunale?', 'Presenta la domanda all''Ufficio Cultura, turismo e sport con lo statuto, l''atto costitutivo, l''elenco delle cariche sociali e la relazione sull''attività dell''ultimo anno.

L''iscrizione all''albo è necessaria per partecipare agli avvisi per i contributi e dà diritto a riduzioni per l''uso delle sale comunali.', 30, '2026-01-22 09:35:00'),
(43, 'lampione-spento', 7, 'Ho visto un lampione spento: a chi lo segnalo?', 'Usa il servizio di segnalazione online, scegliendo la categoria "Illuminazione pubblica" e indicando il punto sulla mappa o il numero riportato sul palo.

La squadra di manutenzione interviene di norma entro 5 giorni lavorativi. Se un palo è danneggiato o ci sono cavi scoperti, chiama subito la Polizia locale.', 10, '2026-11-04 08:35:00'),
(44, 'buca-danno-auto', 7, 'La mia auto è stata danneggiata da una buca: posso chiedere un risarcimento?', 'Sì. Invia all''URP una richiesta di risarcimento con la descrizione dell''accaduto, le fotografie della buca e dei danni, il preventivo o la fattura della riparazione e i dati di eventuali testimoni.

Se possibile chiama la Polizia locale sul posto, che può rilevare lo stato della strada. La richiesta viene trasmessa alla compagnia assicurativa del Comune.', 20, '2026-10-27 08:40:00'),
(45, 'multa-sconto-30', 12, 'Come funziona lo sconto del 30% sulle multe?', 'Se paghi entro 5 giorni dalla contestazione o dalla notifica del verbale, l''importo della sanzione è ridotto del 30%; le spese di notifica restano intere.

Lo sconto non vale per le violazioni che prevedono la confisca del veicolo o la sospensione della patente. Pagando rinunci a presentare ricorso.', 10, '2026-05-27 09:10:00'),
(46, 'multa-comunicazione-conducente', 12, 'Ho ricevuto una multa con decurtazione di punti ma guidava un''altra persona: cosa devo fare?', 'Entro 60 giorni dalla notifica devi comunicare al Comando i dati del conducente, con il modulo allegato al verbale firmato anche da lui e la copia della sua patente.

Se non comunichi i dati senza un giustificato motivo, ricevi una nuova sanzione di importo elevato, anche se i punti non vengono decurtati.', 20, '2026-05-27 09:15:00'),
(47, 'oggetto-smarrito-documenti', 12, 'Ho perso il portafoglio con i documenti: cosa devo fare?', 'Controlla l''elenco degli oggetti ritrovati e contatta il Comando di Polizia locale. Per i documenti d''identità, la patente e le carte di pagamento presenta comunque denuncia di smarrimento ai Carabinieri o alla Polizia locale e blocca subito le carte.

Con la denuncia puoi chiedere il duplicato dei documenti.', 30, '2026-07-14 12:20:00'),
(48, 'tessera-elettorale-persa-giorno-voto', 13, 'Ho perso la tessera elettorale e domani si vota: posso ancora votare?', 'Sì. Nei giorni delle votazioni l''Ufficio elettorale è aperto con orario straordinario, dalle 7:00 alle 23:00 la domenica, e rilascia subito il duplicato.

Presentati con un documento d''identità e firma la dichiarazione di smarrimento: con il duplicato potrai votare nella tua sezione.', 10, '2026-05-06 10:15:00'),
(49, 'scrutatore-compenso', 13, 'Quanto guadagna uno scrutatore?', 'Gli scrutatori ricevono un onorario fisso stabilito dalla legge, che varia a seconda del tipo di consultazione e aumenta quando si svolgono più votazioni insieme. L''onorario non costituisce reddito imponibile.

Chi lavora come dipendente ha diritto a permessi retribuiti per i giorni impegnati al seggio.', 20, '2026-10-01 09:05:00'),
(50, 'voto-fuori-sede', 13, 'Vivo temporaneamente in un''altra città: posso votare senza tornare a Valdimonte?', 'Dipende dalla consultazione. Per alcune votazioni la legge ha previsto la possibilità per studenti, lavoratori e persone in cura fuori sede di votare nel Comune di domicilio temporaneo, presentando domanda entro i termini stabiliti.

Le modalità di ogni consultazione sono pubblicate nelle notizie del sito. In assenza di questa possibilità si vota nella sezione di iscrizione, con agevolazioni tariffarie sui viaggi.', 30, '2026-05-06 10:25:00'),
(51, 'dat-modificare', 1, 'Posso modificare le disposizioni anticipate di trattamento già depositate?', 'Sì, puoi modificarle o revocarle in qualsiasi momento, con le stesse modalità del deposito: consegnando di persona all''Ufficio di Stato civile le nuove disposizioni o la revoca.

In caso di emergenza che non consente di recarsi in Comune, la revoca può essere espressa anche con una dichiarazione verbale raccolta dal medico alla presenza di due testimoni.', 10, '2026-04-20 10:15:00'),
(52, 'cane-smarrito', 19, 'Il mio cane si è perso: cosa devo fare?', 'Denuncia lo smarrimento entro 3 giorni all''Ufficio Ambiente o al servizio veterinario dell''Azienda USL, indicando il numero del microchip. Avvisa anche la Polizia locale e il canile convenzionato.

Se il cane è iscritto all''anagrafe, chi lo ritrova può risalire a te tramite il microchip.', 20, '2026-02-19 09:30:00'),
(53, 'zanzara-tigre', 14, 'Cosa posso fare contro la zanzara tigre?', 'La zanzara tigre depone le uova nei piccoli ristagni d''acqua: svuota ogni settimana sottovasi, secchi e annaffiatoi, copri i bidoni e tratta i tombini privati con prodotti larvicidi da maggio a ottobre.

Il Comune tratta i tombini pubblici secondo un calendario pubblicato sul sito. In presenza di casi di malattie trasmesse da zanzare, l''Azienda USL dispone trattamenti straordinari.', 30, '2026-05-11 11:20:00'),
(54, 'accesso-atti-differenza-civico', 33, 'Che differenza c''è tra accesso agli atti e accesso civico?', 'L''accesso agli atti serve a chi ha un interesse diretto, concreto e attuale a un documento, per tutelare un proprio diritto, e richiede di spiegare il motivo.

L''accesso civico generalizzato è aperto a chiunque, senza motivazione, e serve a favorire il controllo sull''attività pubblica; può però essere limitato per proteggere dati personali o altri interessi indicati dalla legge.', 10, '2026-11-10 09:45:00'),
(55, 'segnalazione-stato-pratica', 15, 'Come faccio a sapere a che punto è la mia segnalazione?', 'Al momento dell''invio ricevi un codice. Inseriscilo nella pagina del servizio di segnalazione per vedere lo stato della pratica: ricevuta, presa in carico, in lavorazione, chiusa.

Se hai indicato un indirizzo e-mail, ricevi una notifica a ogni cambio di stato e alla chiusura dell''intervento.', 20, '2026-11-10 09:50:00'),
(56, 'reclamo-servizio', 15, 'Come posso presentare un reclamo su un servizio del Comune?', 'Puoi presentare un reclamo all''URP, online, per posta elettronica o allo sportello, descrivendo il problema e indicando il servizio e la data.

L''URP trasmette il reclamo al responsabile del servizio e ti risponde entro 30 giorni. I reclami e i suggerimenti ci aiutano a migliorare la qualità dei servizi.', 30, '2026-11-10 09:55:00');
