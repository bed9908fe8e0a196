-- Back office: staff accounts (Argon2id password + TOTP second factor, with
-- lockout), the offices an operator works for, staff sessions (separate from
-- citizens'), and the audit log of every staff action.

CREATE TABLE staff (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username        VARCHAR(60)  NOT NULL UNIQUE,
  display_name    VARCHAR(160) NOT NULL,
  email           VARCHAR(254) NOT NULL,
  role            ENUM('admin','editor','operator','manager') NOT NULL,
  password_hash   VARCHAR(200) NOT NULL,                 -- Argon2id, encoded form
  totp_secret     VARCHAR(64)  NOT NULL,                 -- base32, RFC 6238
  totp_last_step  BIGINT       NOT NULL DEFAULT 0,       -- a code is good once
  failed_attempts SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  locked_until    DATETIME(3)  NULL,
  active          BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at      DATETIME(3)  NOT NULL
) ENGINE=InnoDB;

CREATE TABLE staff_offices (
  staff_id  INT UNSIGNED NOT NULL,
  office_id INT UNSIGNED NOT NULL,
  PRIMARY KEY (staff_id, office_id),
  CONSTRAINT fk_staff_offices_staff  FOREIGN KEY (staff_id)  REFERENCES staff(id) ON DELETE CASCADE,
  CONSTRAINT fk_staff_offices_office FOREIGN KEY (office_id) REFERENCES offices(id)
) ENGINE=InnoDB;

CREATE TABLE staff_sessions (
  id_hash      CHAR(64)     NOT NULL PRIMARY KEY,        -- hex SHA-256 of the cookie value
  staff_id     INT UNSIGNED NOT NULL,
  csrf_token   CHAR(64)     NOT NULL,
  created_at   DATETIME(3)  NOT NULL,
  last_seen_at DATETIME(3)  NOT NULL,
  expires_at   DATETIME(3)  NOT NULL,
  KEY staff_sessions_staff (staff_id),
  CONSTRAINT fk_staff_sessions_staff FOREIGN KEY (staff_id) REFERENCES staff(id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- Who did what, when, with the object before and after (JSON or text).
CREATE TABLE audit_log (
  id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at           DATETIME(3)  NOT NULL,
  staff_id     INT UNSIGNED NULL,                        -- NULL: a failed login of an unknown user
  action       VARCHAR(60)  NOT NULL,
  object_type  VARCHAR(40)  NOT NULL DEFAULT '',
  object_id    VARCHAR(64)  NOT NULL DEFAULT '',
  before_value MEDIUMTEXT   NULL,
  after_value  MEDIUMTEXT   NULL,
  remote_addr  VARCHAR(45)  NULL,
  KEY audit_at (at),
  KEY audit_object (object_type, object_id)
) ENGINE=InnoDB;

CREATE EVENT staff_sessions_cleanup ON SCHEDULE EVERY 1 HOUR DO
  DELETE FROM staff_sessions WHERE expires_at < NOW();
