-- Demo data of the counter's day (issue 10): a few confirmed appointments at
-- the Ufficio Anagrafe (1) today, so that its day at /admin/sportello/
-- is not empty, and some in the last weeks with their outcome, for the
-- dashboard's figures. Dates are relative to the day the demo data is
-- loaded; when that day has no opening hours (a weekend), the Anagrafe
-- opens 9:00-12:00 on that weekday too, so the appointments are inside them.
SET NAMES utf8mb4;
INSERT INTO booking_hours (office_id, weekday, opens, closes)
SELECT 1, WEEKDAY(CURDATE()) + 1, '09:00', '12:00' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM booking_hours WHERE office_id = 1 AND weekday = WEEKDAY(CURDATE()) + 1
	AND opens <= '09:00' AND closes >= '10:20');

INSERT INTO bookings (code, flow_hash, office_id, service_id, start_at, end_at, status, hold_expires,
	name, email, phone, reason, created_at, confirmed_at, attendance) VALUES
('demo00000001', SHA2('demo00000001', 256), 1, 1, CURDATE() + INTERVAL 9 HOUR, CURDATE() + INTERVAL 560 MINUTE,
	'confirmed', NOW(), 'Giulia Bianchi', 'giulia.bianchi@example.org', '+39 333 1000001',
	'Rinnovo della carta d''identità', NOW() - INTERVAL 6 DAY, NOW() - INTERVAL 6 DAY, 'expected'),
('demo00000002', SHA2('demo00000002', 256), 1, 2, CURDATE() + INTERVAL 9 HOUR, CURDATE() + INTERVAL 560 MINUTE,
	'confirmed', NOW(), 'Marco Esposito', 'marco.esposito@example.org', '',
	'Certificato di residenza', NOW() - INTERVAL 3 DAY, NOW() - INTERVAL 3 DAY, 'expected'),
('demo00000003', SHA2('demo00000003', 256), 1, 3, CURDATE() + INTERVAL 560 MINUTE, CURDATE() + INTERVAL 580 MINUTE,
	'confirmed', NOW(), 'Sara Colombo', 'sara.colombo@example.org', '+39 347 2000002',
	'Cambio di residenza da Torino', NOW() - INTERVAL 10 DAY, NOW() - INTERVAL 10 DAY, 'expected'),
('demo00000004', SHA2('demo00000004', 256), 1, 1, CURDATE() + INTERVAL 600 MINUTE, CURDATE() + INTERVAL 620 MINUTE,
	'confirmed', NOW(), 'Luca Romano', 'luca.romano@example.org', '',
	'Prima carta d''identità per il figlio', NOW() - INTERVAL 1 DAY, NOW() - INTERVAL 1 DAY, 'expected'),
('demo00000005', SHA2('demo00000005', 256), 1, 12, CURDATE() - INTERVAL 7 DAY + INTERVAL 9 HOUR,
	CURDATE() - INTERVAL 7 DAY + INTERVAL 560 MINUTE, 'confirmed', NOW(), 'Elena Ricci', 'elena.ricci@example.org', '',
	'Autentica di firma', NOW() - INTERVAL 12 DAY, NOW() - INTERVAL 12 DAY, 'done'),
('demo00000006', SHA2('demo00000006', 256), 1, 1, CURDATE() - INTERVAL 7 DAY + INTERVAL 560 MINUTE,
	CURDATE() - INTERVAL 7 DAY + INTERVAL 580 MINUTE, 'confirmed', NOW(), 'Paolo Greco', 'paolo.greco@example.org', '',
	'Rinnovo della carta d''identità', NOW() - INTERVAL 20 DAY, NOW() - INTERVAL 20 DAY, 'no_show'),
('demo00000007', SHA2('demo00000007', 256), 2, 14, CURDATE() - INTERVAL 14 DAY + INTERVAL 10 HOUR,
	CURDATE() - INTERVAL 14 DAY + INTERVAL 630 MINUTE, 'confirmed', NOW(), 'Chiara Conti', 'chiara.conti@example.org', '',
	'Calcolo dell''IMU', NOW() - INTERVAL 18 DAY, NOW() - INTERVAL 18 DAY, 'done');
