-- The service categories of the Designers Italia "Modello Comuni" (architettura
-- dell'informazione, "Servizi"): the 15 second-level pages of Servizi, with the
-- exact titles AgID's checker expects (pa-website-validator-ng 1.1.38,
-- src/storage/municipality/menuItems.ts, C.SI.1.7) and the model's summaries
-- (design-comuni-pagine-statiche, src/pages/sito/servizi.hbs). Every service
-- is in exactly one category (services.category_id, NOT NULL).
--
-- The booking button of a service leads to our own booking flow
-- (/prenota?servizio=SLUG): services.booking says whether a service can be
-- booked, in place of the address of an external booking system.

CREATE TABLE service_categories (
  id          SMALLINT UNSIGNED NOT NULL PRIMARY KEY,
  slug        VARCHAR(80)  NOT NULL UNIQUE,              -- /servizi/categoria/{slug}
  name        VARCHAR(120) NOT NULL UNIQUE,              -- the model's title, verbatim
  summary     VARCHAR(400) NOT NULL,
  position    SMALLINT     NOT NULL DEFAULT 0,
  updated_at  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB;

CREATE TRIGGER service_categories_ai AFTER INSERT ON service_categories FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER service_categories_au AFTER UPDATE ON service_categories FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER service_categories_ad AFTER DELETE ON service_categories FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;

INSERT INTO service_categories (id, slug, name, summary, position) VALUES
(1, 'agricoltura-e-pesca', 'Agricoltura e pesca', 'Autorizzazioni e politiche alimentari per agricoltura e pesca.', 10),
(2, 'ambiente', 'Ambiente', 'Aree verdi e parchi, inquinamento, igiene urbana e rifiuti.', 20),
(3, 'anagrafe-e-stato-civile', 'Anagrafe e stato civile', 'Documenti d''identità, cambio di residenza, servizi elettorali, cimiteriali e certificati per nascita, matrimoni e unioni civili.', 30),
(4, 'appalti-pubblici', 'Appalti pubblici', 'Gare d''appalto e avvisi per lavori, servizi e forniture al Comune.', 40),
(5, 'autorizzazioni', 'Autorizzazioni', 'Autorizzazioni, permessi, licenze, concessioni di suolo, passi carrabili e prestito di beni del Comune.', 50),
(6, 'catasto-e-urbanistica', 'Catasto e urbanistica', 'Piani urbanistici, piani paesaggistici e tutti i certificati per immobili, case, terreni ed edifici.', 60),
(7, 'cultura-e-tempo-libero', 'Cultura e tempo libero', 'Luoghi della cultura e dell''arte, impianti sportivi e richieste di contributi per la cultura, lo spettacolo e lo sport.', 70),
(8, 'educazione-e-formazione', 'Educazione e formazione', 'Iscrizioni, agevolazioni e servizi per nidi, scuole e università.', 80),
(9, 'giustizia-e-sicurezza-pubblica', 'Giustizia e sicurezza pubblica', 'Polizia municipale, tribunale e Protezione civile.', 90),
(10, 'imprese-e-commercio', 'Imprese e commercio', 'Avvio di un''attività, commercio, autorizzazioni e concessioni per attività produttive, mercati, incentivi e supporto alle imprese.', 100),
(11, 'mobilita-e-trasporti', 'Mobilità e trasporti', 'Parcheggi, viabilità, automobili e trasporto pubblico.', 110),
(12, 'salute-benessere-e-assistenza', 'Salute, benessere e assistenza', 'Servizi sanitari e di sostegno per minori, famiglie, anziani e persone con disabilità.', 120),
(13, 'tributi-finanze-e-contravvenzioni', 'Tributi, finanze e contravvenzioni', 'Tasse e tributi su immobili, rifiuti, affissioni e pubblicità, pagamenti e contravvenzioni.', 130),
(14, 'turismo', 'Turismo', 'Sostegno e sviluppo del turismo, strutture ricettive e informazioni turistiche.', 140),
(15, 'vita-lavorativa', 'Vita lavorativa', 'Lavoro, concorsi e selezioni, licenze, abilitazioni professionali e sicurezza sul lavoro.', 150);

ALTER TABLE services ADD COLUMN category_id SMALLINT UNSIGNED NULL AFTER office_id;

-- Services already there (a database made before this migration): the
-- category of their responsible office's usual work, by the words of the
-- office's and the service's names; what no rule places goes to
-- "Autorizzazioni" for the editors to review (/admin/contenuti).
UPDATE services s JOIN offices o ON o.id = s.office_id SET s.category_id = CASE
  WHEN o.name LIKE '%anagrafe%' OR o.name LIKE '%stato civile%' OR o.name LIKE '%elettoral%' THEN 3
  WHEN o.name LIKE '%tribut%' OR s.title LIKE '%pagamento%' OR s.title LIKE '%multe%' THEN 13
  WHEN o.name LIKE '%polizia%' THEN 11
  WHEN o.name LIKE '%ambiente%' OR s.title LIKE '%rifiuti%' THEN 2
  WHEN o.name LIKE '%scuola%' OR o.name LIKE '%istruzione%' OR o.name LIKE '%educativ%' THEN 8
  WHEN o.name LIKE '%social%' THEN 12
  WHEN o.name LIKE '%ediliz%' OR o.name LIKE '%urbanistic%' THEN 6
  WHEN o.name LIKE '%attività produttive%' OR o.name LIKE '%suap%' THEN 10
  WHEN o.name LIKE '%cultura%' OR o.name LIKE '%sport%' THEN 7
  ELSE 5 END,
  s.updated_at = s.updated_at   -- not an editor's change: "Ultimo aggiornamento" stays
WHERE s.category_id IS NULL;

ALTER TABLE services MODIFY category_id SMALLINT UNSIGNED NOT NULL,
  ADD CONSTRAINT fk_services_category FOREIGN KEY (category_id) REFERENCES service_categories(id),
  ADD KEY services_category (category_id, published);

ALTER TABLE services ADD COLUMN booking BOOLEAN NOT NULL DEFAULT FALSE AFTER booking_url;
UPDATE services SET booking = (booking_url <> ''), updated_at = updated_at;
ALTER TABLE services DROP COLUMN booking_url;
