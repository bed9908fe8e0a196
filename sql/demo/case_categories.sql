SET NAMES utf8mb4;
-- What citizens of Valdimonte can report, and the office each goes to.
INSERT INTO case_categories (slug, case_type, name, description, office_id, max_days, position)
SELECT v.slug, v.case_type, v.name, v.description, o.id, v.max_days, v.position FROM (
  SELECT 'strade-e-marciapiedi' AS slug, 'segnalazione' AS case_type, 'Strade e marciapiedi' AS name,
         'Buche, asfalto dissestato, marciapiedi rotti o pericolosi.' AS description,
         'ufficio-lavori-pubblici' AS office, 15 AS max_days, 1 AS position
  UNION ALL SELECT 'illuminazione-pubblica', 'segnalazione', 'Illuminazione pubblica',
         'Lampioni spenti, accesi di giorno o danneggiati.', 'ufficio-lavori-pubblici', 10, 2
  UNION ALL SELECT 'attraversamenti-e-segnaletica', 'segnalazione', 'Attraversamenti e segnaletica',
         'Strisce pedonali poco visibili, cartelli mancanti, semafori guasti.', 'polizia-locale', 15, 3
  UNION ALL SELECT 'rifiuti-abbandonati', 'segnalazione', 'Rifiuti abbandonati',
         'Rifiuti lasciati per strada, cassonetti pieni o danneggiati.', 'ufficio-ambiente', 7, 4
  UNION ALL SELECT 'verde-pubblico', 'segnalazione', 'Verde pubblico',
         'Alberi pericolanti, erba alta, giochi rotti nei parchi.', 'ufficio-lavori-pubblici', 20, 5
  UNION ALL SELECT 'disservizio-ufficio', 'reclamo', 'Disservizio di un ufficio',
         'Attese, risposte mancate o comportamenti non corretti di un ufficio comunale.', 'urp', 30, 10
  UNION ALL SELECT 'domanda-su-un-servizio', 'assistenza', 'Domanda su un servizio',
         'Una domanda su come funziona un servizio del Comune.', 'urp', 15, 20
) v JOIN offices o ON o.slug = v.office;

-- Areas of the territory, and the categories handled differently there.
INSERT INTO areas (slug, name, position) VALUES
  ('centro', 'Valdimonte centro', 1),
  ('poggio-alto', 'Frazione Poggio Alto', 2),
  ('pian-del-lago', 'Frazione Pian del Lago', 3);
INSERT INTO case_routes (category_id, area_id, office_id)
SELECT c.id, a.id, o.id FROM case_categories c, areas a, offices o
WHERE (c.slug, a.slug, o.slug) IN (('rifiuti-abbandonati', 'pian-del-lago', 'polizia-locale'),
                                   ('verde-pubblico', 'poggio-alto', 'ufficio-ambiente'));
