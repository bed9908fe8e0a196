-- Two more staff e-mails about cases (cgi-bin/mail/staff_notices.c), each one
-- a member of staff may decline at /admin/profilo/notifiche: "reopened", the
-- citizen answered "non risolto" and the case went back to the office, and
-- "verdict", the citizen's answer "risolto" or their rating of a closed case.
ALTER TABLE staff_notice_prefs MODIFY notice
  ENUM('new_case','assigned','replied','due_soon','overdue','digest','reopened','verdict') NOT NULL;
ALTER TABLE staff_notices MODIFY notice
  ENUM('new_case','assigned','replied','due_soon','overdue','digest','reopened','verdict') NOT NULL;
