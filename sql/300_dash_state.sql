-- 300_dash_state.sql - the managers' dashboard's generation (issue 12): a counter
-- bumped in the transaction of every write that may change a figure, a list or a
-- CSV line of /admin/cruscotto, whoever writes (the citizens' flow, the back
-- office, the counter, SQL by hand), so that the admin program's workers may keep
-- a dashboard's answer and know with one primary-key read whether it still holds
-- (cgi-bin/dash/dash_cache.c). Its other sources have counters of their own, read
-- in the same statement: booking_state (sql/220) for the appointments' slots and
-- statuses, choice_lists_state (sql/290) for the names and order of offices and
-- categories, catalogue_state (sql/003) for the services' titles.
--
-- What bumps it:
--   cases         every insert, update and delete: the summaries (sql/200, 260,
--                 280) follow a few columns, but the case list and the per-case
--                 CSV show others (title, protocol, type, the substitute's
--                 request), and an update that touches none of them is rare;
--   case_ratings  every write (the citizen's voice);
--   bookings      an update of what the appointments' figures read that
--                 booking_state leaves alone: the attendance (no-shows), the
--                 service, walk-in, the time it was booked.
-- Not paused by @dash_summary_paused: a bulk load's rows must invalidate too, and
-- the bump costs one row update already in the transaction's locks after the first.
--
-- One hot row is acceptable: every case write already updates the summaries'
-- 'all' marginal rows of its year and month (sql/260), so case writes already
-- serialise on hot rows for as long as their transaction lasts; this adds one
-- more to the same transactions, not a new point of contention.
CREATE TABLE dash_state (
  id         TINYINT UNSIGNED NOT NULL PRIMARY KEY,
  generation BIGINT UNSIGNED  NOT NULL
) ENGINE=InnoDB;

INSERT INTO dash_state (id, generation) VALUES (1, 1);

CREATE TRIGGER dash_state_cases_ai AFTER INSERT ON cases FOR EACH ROW UPDATE dash_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER dash_state_cases_au AFTER UPDATE ON cases FOR EACH ROW UPDATE dash_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER dash_state_cases_ad AFTER DELETE ON cases FOR EACH ROW UPDATE dash_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER dash_state_ratings_ai AFTER INSERT ON case_ratings FOR EACH ROW UPDATE dash_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER dash_state_ratings_au AFTER UPDATE ON case_ratings FOR EACH ROW UPDATE dash_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER dash_state_ratings_ad AFTER DELETE ON case_ratings FOR EACH ROW UPDATE dash_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER dash_state_bookings_au AFTER UPDATE ON bookings FOR EACH ROW
  UPDATE dash_state SET generation = generation + 1
  WHERE id = 1 AND NOT (OLD.attendance <=> NEW.attendance AND OLD.service_id <=> NEW.service_id
                        AND OLD.walk_in <=> NEW.walk_in AND OLD.created_at <=> NEW.created_at);
