-- tests/bench/scale_load.sql - one batch of `make bench-scale`'s volume, made
-- by MariaDB itself with the SEQUENCE engine: cases @lo..@hi of @cases, filed
-- evenly from @from to now (ids in filing order, after @base), their three
-- events, and the citizens of the batch (one for every six cases). Categories
-- and channels are spread by products of primes; statuses by age: a case
-- older than its category's term plus a month is closed (now and then
-- rejected or withdrawn), a recent one is open in any state or closed.
-- tests/bench/scale.sh writes the batch's bounds into the SEQUENCE tables'
-- names (seq_LO_to_HI: cases; seq_CLO_to_CHI: citizens): a WHERE over a
-- bigger sequence would scan it whole.
-- case_tally's and dash_summary's triggers are paused in this session (sql/210, 200): scale.sh
-- rebuilds the tables once at the end (case_tally_rebuild(), dash_summary_rebuild()). The cases
-- carry their first response (the staff event two hours after filing), as
-- the stores would have written it.
SET SESSION unique_checks = 0, foreign_key_checks = 0, @case_tally_paused = 1, @dash_summary_paused = 1;
SET @citizens = GREATEST(1, @cases DIV 6);
SET @span = TIMESTAMPDIFF(SECOND, @from, NOW());

CREATE TEMPORARY TABLE k AS
SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS n, id, case_type, office_id, max_days
FROM case_categories;
SET @ncat = (SELECT COUNT(*) FROM k);

BEGIN;
INSERT INTO citizens (id, fiscal_code, name, family_name, email, last_level, last_federation, last_idp,
                      last_login_at)
SELECT @cbase + s.seq, CONCAT('SCLCTZ', LPAD(s.seq, 10, '0')),
       ELT(1 + s.seq % 8, 'Mario', 'Giulia', 'Luca', 'Francesca', 'Marco', 'Chiara', 'Paolo', 'Sara'),
       ELT(1 + s.seq % 7, 'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo'),
       CONCAT('cittadino', s.seq, '@example.org'), 2, 'spid', '', NOW(3)
FROM seq_CLO_to_CHI s
WHERE s.seq > (@lo - 1) DIV 6 AND s.seq <= @hi DIV 6;

INSERT INTO cases (id, code, protocol_year, protocol_number, citizen_id, case_type, category_id,
                   office_id, channel, status, outcome, title, description, contact_name,
                   submitted_at, due_date, closed_at, first_response_at, created_at, updated_at)
SELECT @base + x.seq, CONCAT('sc', LPAD(x.seq, 10, '0')), YEAR(x.at), x.seq,
       IF(x.h < 800, @cbase + 1 + (x.seq * 7919) % @citizens, NULL),
       x.case_type, x.id, x.office_id,
       ELT(1 + (x.seq * 31) % 20, 'web', 'web', 'web', 'web', 'web', 'web', 'web', 'web', 'web',
           'web', 'telefono', 'telefono', 'telefono', 'sportello', 'sportello', 'sportello',
           'email', 'email', 'social', 'web'),
       CASE WHEN x.old THEN IF(x.h < 900, 'closed', IF(x.h < 960, 'rejected', 'withdrawn'))
            WHEN x.h < 400 THEN 'closed'
            ELSE ELT(1 + x.h % 4, 'received', 'in_charge', 'in_progress', 'waiting_citizen') END,
       IF(x.old OR x.h < 400, 'Intervento eseguito.', ''),
       CONCAT('Pratica di prova n. ', x.seq), 'Descrizione di prova di una pratica del carico.',
       IF(x.h < 800, '', 'Persona senza SPID'),
       x.at, DATE(x.at) + INTERVAL x.max_days DAY,
       IF(x.old OR x.h < 400, x.done, NULL), x.at + INTERVAL 2 HOUR, x.at,
       IF(x.old OR x.h < 400, x.done, x.at + INTERVAL 2 HOUR)
FROM (
  SELECT t.*, k.id, k.case_type, k.office_id, k.max_days,
         DATEDIFF(NOW(), t.at) > k.max_days + 30 AS old,
         LEAST(NOW(3), t.at + INTERVAL (1 + t.h % (2 * k.max_days)) DAY
                            + INTERVAL t.h % 9 HOUR) AS done
  FROM (
    SELECT s.seq, @from + INTERVAL (s.seq * @span DIV @cases) SECOND AS at,
           (s.seq * 2654435761) % 1000 AS h
    FROM seq_LO_to_HI s
  ) t JOIN k ON k.n = t.seq % @ncat
) x;

INSERT INTO case_events (case_id, at, kind, status, author, author_name, body, public)
SELECT c.id, CASE e.seq WHEN 1 THEN c.submitted_at WHEN 2 THEN c.submitted_at + INTERVAL 2 HOUR
             ELSE IFNULL(c.closed_at, LEAST(NOW(3), c.submitted_at + INTERVAL 1 DAY)) END,
       IF(e.seq = 3 AND c.closed_at IS NULL, 'message', 'status'),
       CASE e.seq WHEN 1 THEN 'received' WHEN 2 THEN 'in_charge'
             ELSE IF(c.closed_at IS NULL, '', c.status) END,
       IF(e.seq = 1, 'system', IF(e.seq = 3 AND c.closed_at IS NULL, 'citizen', 'staff')),
       IF(e.seq = 1, '', 'Operatore di prova'), 'Evento di prova.', TRUE
FROM cases c JOIN seq_1_to_3 e
WHERE c.id BETWEEN @base + @lo AND @base + @hi;
COMMIT;
