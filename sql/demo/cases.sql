SET NAMES utf8mb4;
-- Demo cases: a realistic day of the offices that receive reports (Lavori
-- pubblici, Polizia locale, Ambiente, URP): new, taken, in progress, waiting
-- for the citizen (the clock suspended), overdue, closed (some rated by the
-- citizen, one after a suspension), rejected and withdrawn, from every
-- channel. Dates are relative to the moment the file is loaded; protocol
-- numbers follow the filing order within each year, and the counter goes on
-- from the last one. Loaded after case_categories.sql (conf/ctl.sh).

-- Colleagues of the demo operator, who hold some of the cases. They have no
-- password ('!' is no Argon2 hash): nobody signs in as them.
INSERT IGNORE INTO staff (username, display_name, email, role, password_hash, totp_secret, created_at) VALUES
  ('paolo.neri', 'Paolo Neri', 'manutenzioni@comune.valdimonte.it', 'operator', '!', '', NOW(3)),
  ('sara.conti', 'Sara Conti', 'ambiente@comune.valdimonte.it', 'operator', '!', '', NOW(3)),
  ('marco.ricci', 'Marco Ricci', 'polizia.locale@comune.valdimonte.it', 'operator', '!', '', NOW(3)),
  ('elena.galli', 'Elena Galli', 'urp@comune.valdimonte.it', 'operator', '!', '', NOW(3));
INSERT IGNORE INTO staff_offices (staff_id, office_id)
SELECT s.id, o.id FROM staff s JOIN offices o
WHERE (s.username, o.slug) IN (('paolo.neri', 'ufficio-lavori-pubblici'), ('sara.conti', 'ufficio-lavori-pubblici'),
                               ('sara.conti', 'ufficio-ambiente'), ('marco.ricci', 'polizia-locale'),
                               ('elena.galli', 'urp'));

-- Two of the demo IdP's citizens (conf/demo-idp.hdf) have filed before: their
-- personal area shows these cases when they sign in.
INSERT IGNORE INTO citizens (fiscal_code, name, family_name, email, mobile_phone, date_of_birth, last_level,
                             last_federation, last_idp, last_login_at, created_at) VALUES
  ('RSSMRA80A01H501U', 'Mario', 'Rossi', 'mario.rossi@example.org', '+393331234567', '1980-01-01', 2, 'spid',
   'demo-idp', NOW(3) - INTERVAL 2 DAY, NOW(3) - INTERVAL 90 DAY),
  ('BNCGLI92E54I726U', 'Giulia', 'Bianchi', 'giulia.bianchi@example.org', '+393471112233', '1992-05-14', 2, 'spid',
   'demo-idp', NOW(3) - INTERVAL 9 DAY, NOW(3) - INTERVAL 60 DAY);

-- One row per case (a work table, dropped at the end: a temporary one could
-- not be read twice in one statement). Hours: sub_h before now it was filed; take_h, work_h,
-- ask_h, close_h after filing it was taken, put in progress, the citizen
-- asked, closed; ans_h after the question the citizen answered.
CREATE TABLE demo_cases (
  code CHAR(12), cat VARCHAR(80), area VARCHAR(80), channel VARCHAR(20), status VARCHAR(20),
  sub_h INT, take_h INT, work_h INT, ask_h INT, ans_h INT, close_h INT, op VARCHAR(60),
  fiscal CHAR(16), contact VARCHAR(160), email VARCHAR(254), phone VARCHAR(40),
  title VARCHAR(200), descr TEXT, address VARCHAR(300), outcome_kind VARCHAR(20), outcome VARCHAR(400),
  question TEXT, answer TEXT, note TEXT, rating TINYINT, comment VARCHAR(500)
);
INSERT INTO demo_cases VALUES
('d3m2bk7qa4x9', 'strade-e-marciapiedi', 'centro', 'web', 'received', 20, NULL, NULL, NULL, NULL, NULL, NULL,
 'RSSMRA80A01H501U', '', 'mario.rossi@example.org', '', 'Buca profonda in via Garibaldi',
 'Davanti al civico 14 c''è una buca larga mezzo metro: le auto la evitano invadendo l''altra corsia.',
 'Via Garibaldi 14', NULL, '', NULL, NULL, NULL, NULL, NULL),
('d3m5tn8wc2h6', 'illuminazione-pubblica', 'centro', 'telefono', 'received', 3, NULL, NULL, NULL, NULL, NULL, NULL,
 NULL, 'Franca Marini', '', '0577 901234', 'Lampione spento in via dei Tigli',
 'Chiamata al centralino: il lampione all''angolo con via Manzoni è spento da tre sere.',
 'Via dei Tigli angolo via Manzoni', NULL, '', NULL, NULL, NULL, NULL, NULL),
('d3m7gp4rx8k2', 'strade-e-marciapiedi', 'poggio-alto', 'web', 'received', 480, NULL, NULL, NULL, NULL, NULL, NULL,
 NULL, 'Alberto Fini', 'alberto.fini@example.org', '', 'Marciapiede sollevato dalle radici',
 'Le radici dei pini hanno sollevato le lastre del marciapiede: chi passa con il passeggino deve scendere in strada.',
 'Viale dei Pini, Poggio Alto', NULL, '', NULL, NULL, NULL, NULL, NULL),
('d3m9vh2ze6q4', 'illuminazione-pubblica', 'pian-del-lago', 'sportello', 'in_charge', 110, 20, NULL, NULL, NULL, NULL,
 'paolo.neri', NULL, 'Giorgio Bassi', '', '333 4455667', 'Luci del parcheggio accese di giorno',
 'Allo sportello: i lampioni del parcheggio del lago restano accesi anche di giorno.',
 'Parcheggio del lago, Pian del Lago', NULL, '', NULL, NULL, NULL, NULL, NULL),
('d3mb6x3sd9n7', 'verde-pubblico', 'centro', 'web', 'in_progress', 290, 18, 40, NULL, NULL, NULL, 'paolo.neri',
 'BNCGLI92E54I726U', '', 'giulia.bianchi@example.org', '', 'Altalena rotta ai giardini pubblici',
 'Una catena dell''altalena grande è spezzata: i bambini continuano a usarla.',
 'Giardini di piazza della Libertà', NULL, '', NULL, NULL,
 'Altalena transennata; la ditta del verde cambia la catena entro la settimana.', NULL, NULL),
('d3md8c5tf3w2', 'strade-e-marciapiedi', 'centro', 'email', 'in_progress', 610, 30, 70, NULL, NULL, NULL, 'sara.conti',
 NULL, 'Condominio Le Querce', 'amministrazione@lequerce.example.org', '', 'Tombino senza coperchio',
 'Ci scrive l''amministratore: in via Verdi manca il coperchio di un tombino, segnalato con un cono.',
 'Via Verdi 3', NULL, '', NULL, NULL, 'Ordinato il coperchio in ghisa: arriva dal fornitore.', NULL, NULL),
('d3mf2y7vk5a8', 'verde-pubblico', 'centro', 'web', 'waiting_citizen', 190, 15, 30, 60, NULL, NULL, 'paolo.neri',
 'BNCGLI92E54I726U', '', 'giulia.bianchi@example.org', '', 'Ramo pericolante sul vialetto',
 'Un ramo grosso del tiglio è incrinato e pende sul vialetto del parco.',
 'Parco della Rimembranza', NULL, '',
 'Quale dei tigli? Ce ne sono sei lungo il vialetto: se può, ci mandi una foto o il numero del cartellino.',
 NULL, NULL, NULL, NULL),
('d3mh4a9xm7c3', 'strade-e-marciapiedi', 'centro', 'web', 'closed', 960, 10, 26, NULL, NULL, 216, 'paolo.neri',
 'RSSMRA80A01H501U', '', 'mario.rossi@example.org', '', 'Asfalto dissestato in via Roma',
 'Dopo i lavori del gas l''asfalto in via Roma è rimasto pieno di avvallamenti.',
 'Via Roma 40-60', 'risolta', 'La ditta del gas ha rifatto il tappeto d''asfalto su tutto il tratto.',
 NULL, NULL, NULL, 5, 'Lavoro fatto bene e in fretta. Grazie!'),
('d3mk6e2zp9f5', 'illuminazione-pubblica', 'poggio-alto', 'telefono', 'closed', 1440, 24, 48, NULL, NULL, 336,
 'sara.conti', NULL, 'Rita Sala', '', '0577 905678', 'Faro del campo sportivo rotto',
 'Il faro nord del campo sportivo della frazione non si accende.',
 'Campo sportivo, Poggio Alto', 'non_competenza',
 'L''impianto è della società sportiva, che lo gestisce in concessione: le abbiamo girato la segnalazione.',
 NULL, NULL, NULL, 2, 'Potevate dirmelo subito a chi rivolgermi.'),
('d3mm8g4ar2h7', 'strade-e-marciapiedi', 'centro', 'web', 'closed', 720, 8, 20, 30, 96, 288, 'paolo.neri',
 'RSSMRA80A01H501U', '', 'mario.rossi@example.org', '', 'Dosso rallentatore danneggiato',
 'Il dosso davanti alla scuola è spaccato in due punti.',
 'Via della Scuola', 'risolta', 'Dosso sostituito con uno nuovo in gomma.',
 'Il dosso è quello davanti all''ingresso principale o a quello della palestra?',
 'Quello davanti all''ingresso principale.', NULL, 4, NULL),
('d3mp2j6bs4k9', 'verde-pubblico', 'centro', 'social', 'rejected', 500, 12, NULL, NULL, NULL, 60, 'sara.conti',
 NULL, 'Utente Facebook', '', '', 'Erba alta in un giardino privato',
 'Messaggio sulla pagina del Comune: l''erba è altissima nel giardino di una villa in via Po.',
 'Via Po', 'respinta', 'Si tratta di un''area privata: il Comune non può intervenire con il servizio del verde.',
 NULL, NULL, NULL, NULL, NULL),
('d3mr4m8cy6n3', 'attraversamenti-e-segnaletica', 'centro', 'social', 'received', 44, NULL, NULL, NULL, NULL, NULL,
 NULL, NULL, 'Paola Riva', '', '', 'Strisce pedonali sbiadite davanti alla scuola',
 'Dal profilo Instagram del Comune: le strisce davanti alla primaria non si vedono più.',
 'Via della Scuola', NULL, '', NULL, NULL, NULL, NULL, NULL),
('d3mt6p3dw8q5', 'attraversamenti-e-segnaletica', 'centro', 'web', 'in_progress', 240, 6, 30, NULL, NULL, NULL,
 'marco.ricci', 'BNCGLI92E54I726U', '', 'giulia.bianchi@example.org', '', 'Semaforo pedonale guasto',
 'Il pulsante del semaforo pedonale di piazza Mazzini non fa scattare il verde.',
 'Piazza Mazzini', NULL, '', NULL, NULL, 'Chiesto intervento alla ditta della manutenzione semafori.', NULL, NULL),
('d3mv8r5ey2s7', 'attraversamenti-e-segnaletica', 'pian-del-lago', 'sportello', 'closed', 1080, 20, 40, NULL, NULL,
 200, 'marco.ricci', NULL, 'Bruno Fabbri', '', '347 1122334', 'Cartello di stop piegato',
 'Allo sportello: il cartello di stop all''incrocio per il lago è piegato e non si vede.',
 'Incrocio via del Lago', 'risolta', 'Cartello raddrizzato e fissato con un nuovo palo.',
 NULL, NULL, NULL, 4, 'Bene.'),
('d3mx2t7fa4v9', 'attraversamenti-e-segnaletica', 'centro', 'email', 'waiting_citizen', 150, 10, 24, 48, NULL, NULL,
 'marco.ricci', NULL, 'Ivo Ferri', 'ivo.ferri@example.org', '', 'Specchio parabolico mancante',
 'All''uscita del vicolo manca lo specchio: non si vede chi arriva.',
 'Vicolo del Forno', NULL, '',
 'In quale punto del vicolo? Ci indichi il numero civico più vicino all''uscita.', NULL, NULL, NULL, NULL),
('d3mz4w9gb6x2', 'rifiuti-abbandonati', 'centro', 'web', 'received', 5, NULL, NULL, NULL, NULL, NULL, NULL,
 'RSSMRA80A01H501U', '', 'mario.rossi@example.org', '', 'Materasso abbandonato',
 'Qualcuno ha lasciato un materasso accanto alle campane del vetro.',
 'Via Leopardi, isola ecologica', NULL, '', NULL, NULL, NULL, NULL, NULL),
('d3n3y2hc8z4a', 'rifiuti-abbandonati', 'pian-del-lago', 'telefono', 'in_charge', 230, 30, NULL, NULL, NULL, NULL,
 'sara.conti', NULL, 'Luisa Berti', '', '0577 907788', 'Sacchi di rifiuti nel bosco',
 'Al telefono: una decina di sacchi neri abbandonati lungo la strada del bosco.',
 'Strada del Bosco, Pian del Lago', NULL, '', NULL, NULL, NULL, NULL, NULL),
('d3n5a4jd2b6c', 'rifiuti-abbandonati', 'centro', 'web', 'closed', 360, 4, 8, NULL, NULL, 40, 'sara.conti',
 'BNCGLI92E54I726U', '', 'giulia.bianchi@example.org', '', 'Cassonetto della carta rotto',
 'Il coperchio del cassonetto della carta è rotto e la carta vola via.',
 'Piazza Garibaldi', 'risolta', 'Cassonetto sostituito dal gestore dei rifiuti.',
 NULL, NULL, NULL, 5, 'Velocissimi!'),
('d3n7c6ke4d8f', 'rifiuti-abbandonati', 'centro', 'social', 'in_progress', 96, 5, 20, NULL, NULL, NULL, 'sara.conti',
 NULL, 'Utente Instagram', '', '', 'Pneumatici abbandonati',
 'Foto su Instagram: quattro pneumatici lasciati dietro il cimitero.',
 'Parcheggio del cimitero', NULL, '', NULL, NULL, NULL, NULL, NULL),
('d3n9e8mf6g2h', 'disservizio-ufficio', NULL, 'email', 'received', 50, NULL, NULL, NULL, NULL, NULL, NULL,
 NULL, 'Carla Neri', 'carla.neri@example.org', '', 'Nessuna risposta dall''ufficio tributi',
 'Ho scritto due volte all''ufficio tributi per un rimborso TARI e non ho avuto risposta.',
 '', NULL, '', NULL, NULL, NULL, NULL, NULL),
('d3nb2g3hn8j4', 'domanda-su-un-servizio', NULL, 'web', 'in_progress', 140, 6, 28, NULL, NULL, NULL, 'elena.galli',
 'RSSMRA80A01H501U', '', 'mario.rossi@example.org', '', 'Iscrizione al centro estivo',
 'Il centro estivo è aperto anche ai bambini non residenti?',
 '', NULL, '', NULL, NULL, NULL, NULL, NULL),
('d3nd4j5kp2m6', 'domanda-su-un-servizio', NULL, 'sportello', 'closed', 600, 2, 3, NULL, NULL, 26, 'elena.galli',
 NULL, 'Anna Conte', '', '339 8877665', 'Orari della biblioteca in agosto',
 'Allo sportello: la biblioteca resta aperta in agosto?',
 '', 'risolta', 'Sì: in agosto la biblioteca è aperta il martedì e il giovedì, dalle 9 alle 13.',
 NULL, NULL, NULL, 5, NULL),
('d3nf6k7mq4n8', 'domanda-su-un-servizio', NULL, 'web', 'withdrawn', 420, NULL, NULL, NULL, NULL, 30, NULL,
 'BNCGLI92E54I726U', '', 'giulia.bianchi@example.org', '', 'Rinnovo del contrassegno disabili',
 'Come si rinnova il contrassegno per la sosta delle persone con disabilità?',
 '', NULL, '', NULL, NULL, NULL, NULL, NULL),
('d3nh8m9nr6p2', 'disservizio-ufficio', NULL, 'telefono', 'in_charge', 850, 48, NULL, NULL, NULL, NULL,
 'elena.galli', NULL, 'Pietro Longo', '', '0577 909911', 'Attesa troppo lunga all''anagrafe',
 'Al telefono: un''ora e mezza di attesa per un certificato, con un solo sportello aperto.',
 '', NULL, '', NULL, NULL, 'Chiesto all''anagrafe il prospetto delle presenze di quel giorno.', NULL, NULL);

INSERT INTO cases (code, protocol_year, protocol_number, citizen_id, case_type, category_id, area_id, office_id,
                   operator_id, channel, status, outcome, outcome_kind, title, description, address,
                   contact_name, contact_email, contact_phone, privacy_at, submitted_at, due_date,
                   clock_started, term_days, term_runs, suspended_at, answer_by, suspended_days, suspensions,
                   resume_status, waiting_since, closed_at, created_at, updated_at)
SELECT d.code, YEAR(d.sub), NULL, c.id, k.case_type, k.id, a.id, COALESCE(r.office_id, k.office_id), s.id, d.channel,
       d.status, COALESCE(d.outcome, ''), d.outcome_kind, d.title, d.descr, d.address,
       d.contact, d.email, d.phone, d.sub, d.sub,
       DATE(d.sub) + INTERVAL (k.max_days + IF(d.ans_h IS NULL, 0, CEIL(d.ans_h / 24))) DAY,
       DATE(d.sub), k.max_days, COALESCE(k.term_runs, k.case_type <> 'segnalazione'),
       IF(d.status = 'waiting_citizen', DATE(d.sub + INTERVAL d.ask_h HOUR), NULL),
       IF(d.status = 'waiting_citizen', DATE(d.sub + INTERVAL d.ask_h HOUR) + INTERVAL 30 DAY, NULL),
       IF(d.ans_h IS NULL, 0, CEIL(d.ans_h / 24)), d.ask_h IS NOT NULL,
       IF(d.status = 'waiting_citizen', 'in_progress', NULL),
       IF(d.status = 'waiting_citizen', d.sub + INTERVAL d.ask_h HOUR, NULL),
       IF(d.status IN ('closed', 'rejected'), d.sub + INTERVAL d.close_h HOUR, NULL),
       d.sub, COALESCE(d.sub + INTERVAL d.close_h HOUR, d.sub + INTERVAL d.ask_h HOUR,
                       d.sub + INTERVAL d.work_h HOUR, d.sub + INTERVAL d.take_h HOUR, d.sub)
FROM (SELECT demo_cases.*, NOW(3) - INTERVAL sub_h HOUR AS sub FROM demo_cases) d
JOIN case_categories k ON k.slug = d.cat
LEFT JOIN areas a ON a.slug = d.area
LEFT JOIN case_routes r ON r.category_id = k.id AND r.area_id = a.id
LEFT JOIN citizens c ON c.fiscal_code = d.fiscal
LEFT JOIN staff s ON s.username = d.op
ORDER BY d.sub;

-- Protocol numbers in filing order, after those already given in each year.
UPDATE cases x JOIN (
  SELECT c.id, COALESCE(p.last_number, 0)
         + ROW_NUMBER() OVER (PARTITION BY c.protocol_year ORDER BY c.submitted_at, c.id) AS n
  FROM cases c JOIN demo_cases d ON d.code = c.code
  LEFT JOIN protocol_counters p ON p.year = c.protocol_year
) t ON t.id = x.id
SET x.protocol_number = t.n;
INSERT INTO protocol_counters (year, last_number)
SELECT protocol_year, MAX(protocol_number) FROM cases WHERE protocol_year IS NOT NULL GROUP BY protocol_year
ON DUPLICATE KEY UPDATE last_number = GREATEST(last_number, VALUES(last_number));

-- The timeline of each case, as the programs write it.
CREATE TABLE demo_events AS
SELECT c.id AS case_id, c.submitted_at AS sub, c.closed_at, d.*, COALESCE(s.display_name, '') AS op_name,
       COALESCE(CONCAT(z.name, ' ', z.family_name), d.contact) AS citizen_name
FROM demo_cases d JOIN cases c ON c.code = d.code
LEFT JOIN staff s ON s.username = d.op
LEFT JOIN citizens z ON z.id = c.citizen_id;

INSERT INTO case_events (case_id, at, kind, status, author, author_name, body, public)
SELECT case_id, sub, 'status', 'received', 'system', '', 'Pratica ricevuta e protocollata.', 1 FROM demo_events
UNION ALL
SELECT case_id, sub + INTERVAL take_h HOUR, 'status', 'in_charge', 'staff', op_name,
       'La pratica è stata presa in carico.', 1 FROM demo_events WHERE take_h IS NOT NULL AND op_name <> ''
UNION ALL
SELECT case_id, sub + INTERVAL work_h HOUR, 'status', 'in_progress', 'staff', op_name,
       'La pratica è in lavorazione.', 1 FROM demo_events WHERE work_h IS NOT NULL
UNION ALL
SELECT case_id, sub + INTERVAL COALESCE(work_h, take_h) HOUR + INTERVAL 2 HOUR, 'note', '', 'staff', op_name, note, 0
FROM demo_events WHERE note IS NOT NULL
UNION ALL
SELECT case_id, sub + INTERVAL ask_h HOUR, 'status', 'waiting_citizen', 'staff', op_name,
       CONCAT(question, '\n\nRispondi entro il ',
              DATE_FORMAT(DATE(sub + INTERVAL ask_h HOUR) + INTERVAL 30 DAY, '%d/%m/%Y'),
              ': fino alla tua risposta il termine è sospeso.'), 1
FROM demo_events WHERE ask_h IS NOT NULL
UNION ALL
SELECT case_id, sub + INTERVAL ask_h HOUR + INTERVAL ans_h HOUR, 'message', '', 'citizen', citizen_name, answer, 1
FROM demo_events WHERE ans_h IS NOT NULL
UNION ALL
SELECT case_id, sub + INTERVAL ask_h HOUR + INTERVAL ans_h HOUR, 'status', 'in_progress', 'system', '',
       'Risposta ricevuta: la lavorazione riprende e il termine riprende a decorrere.', 1
FROM demo_events WHERE ans_h IS NOT NULL
UNION ALL
SELECT case_id, closed_at, 'status', status, 'staff', op_name,
       CONCAT('Esito: ', CASE outcome_kind WHEN 'risolta' THEN 'Risolta' WHEN 'non_risolvibile' THEN 'Non risolvibile'
              WHEN 'non_competenza' THEN 'Non di competenza del Comune' ELSE 'Respinta' END, '. ', outcome), 1
FROM demo_events WHERE status IN ('closed', 'rejected')
UNION ALL
SELECT case_id, sub + INTERVAL close_h HOUR, 'status', 'withdrawn', 'citizen', citizen_name,
       'Ritirata dal cittadino: ho trovato la risposta sul sito.', 1
FROM demo_events WHERE status = 'withdrawn';

-- What the citizens said of the closed ones.
INSERT INTO case_ratings (case_id, closed_at, rating, comment, created_at)
SELECT case_id, closed_at, rating, COALESCE(comment, ''), closed_at + INTERVAL 1 DAY
FROM demo_events WHERE rating IS NOT NULL AND closed_at IS NOT NULL;

DROP TABLE demo_events;
DROP TABLE demo_cases;

-- The first response and the reopened flag the programs keep on each case
-- as they write its events (sql/210).
CALL case_flags_rebuild(NULL);
