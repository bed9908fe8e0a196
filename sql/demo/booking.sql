-- Demo data of appointment booking: the Ufficio Anagrafe (1) books
-- 20-minute slots at 3 desks, Monday to Friday 9:00-12:00 and Tuesday and
-- Thursday 14:30-16:30 too; the Ufficio Tributi (2) 30-minute slots at 1 desk,
-- Monday, Wednesday and Friday 9:00-12:30. Anagrafe delivers the identity
-- card (1), the certificate (2), the change of residence (3) and the
-- authentication of signatures (12); Tributi the IMU (14, 15) and TARI (16,
-- 17) services. Both book up to 60 days ahead and
-- until 2 hours before. One-off closure: 2027-01-07 at the Anagrafe.
SET NAMES utf8mb4;
INSERT INTO booking_offices (office_id, slot_minutes, desks, horizon_days, cutoff_hours) VALUES
(1, 20, 3, 60, 2), (2, 30, 1, 60, 2);
INSERT INTO booking_hours (office_id, weekday, opens, closes) VALUES
(1, 1, '09:00', '12:00'), (1, 2, '09:00', '12:00'), (1, 3, '09:00', '12:00'), (1, 4, '09:00', '12:00'),
(1, 5, '09:00', '12:00'), (1, 2, '14:30', '16:30'), (1, 4, '14:30', '16:30'),
(2, 1, '09:00', '12:30'), (2, 3, '09:00', '12:30'), (2, 5, '09:00', '12:30');
INSERT INTO booking_services (office_id, service_id) VALUES
(1, 1), (1, 2), (1, 3), (1, 12), (2, 14), (2, 15), (2, 16), (2, 17);
INSERT INTO booking_closures (office_id, day, reason) VALUES
(1, '2027-01-07', 'Chiusura straordinaria per inventario');
