-- Operators' work on cases: response templates with placeholders, the clock
-- paused while waiting for the citizen, the closing outcome, the contact name
-- of a case registered for someone without SPID.

-- A template's text is expanded on the server before the operator edits and
-- sends it: {nome}, {codice}, {protocollo}, {titolo}, {ufficio},
-- {data_prevista}. office_id NULL: offered to every office.
CREATE TABLE response_templates (
  id        INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug      VARCHAR(80)  NOT NULL UNIQUE,
  title     VARCHAR(160) NOT NULL,
  body      TEXT         NOT NULL,
  office_id INT UNSIGNED NULL,
  active    BOOLEAN      NOT NULL DEFAULT TRUE,
  position  SMALLINT     NOT NULL DEFAULT 0,
  CONSTRAINT fk_response_templates_office FOREIGN KEY (office_id) REFERENCES offices(id)
) ENGINE=InnoDB;

-- waiting_since: set while the case waits for the citizen; when the wait ends
-- (the citizen's first message, or the operator resuming) the days it lasted
-- are added to due_date. outcome_kind: how a closed case ended (outcome holds
-- the public explanation). contact_name: who to greet when there is no citizen.
ALTER TABLE cases
  ADD COLUMN waiting_since DATETIME(3) NULL AFTER due_date,
  ADD COLUMN outcome_kind ENUM('risolta','non_risolvibile','non_competenza','respinta') NULL AFTER outcome,
  ADD COLUMN contact_name VARCHAR(160) NOT NULL DEFAULT '' AFTER longitude,
  ADD KEY cases_operator (operator_id, status),
  ADD KEY cases_due (status, due_date);

-- Default templates: configuration, not demo content.
INSERT INTO response_templates (slug, title, body, position) VALUES
('presa-in-carico', 'Presa in carico',
 'Gentile {nome},\n\nla tua pratica {codice} ("{titolo}") è stata presa in carico da: {ufficio}. Contiamo di risponderti entro il {data_prevista}.\n\nCordiali saluti,\n{ufficio}', 10),
('intervento-programmato', 'Intervento programmato',
 'Gentile {nome},\n\nabbiamo programmato l''intervento richiesto con la pratica {codice}: lo concluderemo entro il {data_prevista}.\n\nGrazie per la segnalazione,\n{ufficio}', 20),
('richiesta-informazioni', 'Richiesta di informazioni',
 'Gentile {nome},\n\nper proseguire con la pratica {codice} ci servono alcune informazioni:\n\n\n\nPuoi rispondere dalla pagina della pratica nella tua area personale.\n\nCordiali saluti,\n{ufficio}', 30),
('risolta', 'Pratica risolta',
 'Gentile {nome},\n\nil problema segnalato con la pratica {codice} è stato risolto. Grazie per la collaborazione.\n\nCordiali saluti,\n{ufficio}', 40),
('non-di-competenza', 'Non di competenza del Comune',
 'Gentile {nome},\n\nquanto richiesto con la pratica {codice} non è di competenza del Comune. Ti consigliamo di rivolgerti all''ente competente:\n\n\n\nCordiali saluti,\n{ufficio}', 50);
