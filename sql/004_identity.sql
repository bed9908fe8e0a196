-- Identity: citizens (keyed by fiscal code), their sessions, and the SAML
-- state of the Service Provider (pending requests, replay cache, the
-- authentication register kept 24 months as the SPID rules require).

CREATE TABLE citizens (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  fiscal_code    CHAR(16)     NOT NULL UNIQUE,          -- without the TINIT- prefix
  name           VARCHAR(120) NOT NULL,
  family_name    VARCHAR(120) NOT NULL,
  email          VARCHAR(254) NOT NULL DEFAULT '',       -- from SPID; editable later
  mobile_phone   VARCHAR(40)  NOT NULL DEFAULT '',
  date_of_birth  DATE         NULL,
  last_level     TINYINT UNSIGNED NOT NULL,               -- SPID/CIE level of the last login
  last_federation ENUM('spid','cie') NOT NULL,
  last_idp       VARCHAR(1024) NOT NULL,
  last_login_at  DATETIME(3)  NOT NULL,
  created_at     DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB;

-- The cookie carries 256 random bits; only their SHA-256 is stored, so a copy
-- of this table does not hold usable sessions.
CREATE TABLE sessions (
  id_hash        CHAR(64)     NOT NULL PRIMARY KEY,       -- hex SHA-256 of the cookie value
  citizen_id     INT UNSIGNED NOT NULL,
  level          TINYINT UNSIGNED NOT NULL,
  federation     ENUM('spid','cie') NOT NULL,
  idp_entity_id  VARCHAR(1024) NOT NULL,
  name_id        VARCHAR(255) NOT NULL,                   -- for single logout
  name_qualifier VARCHAR(1024) NOT NULL,
  session_index  VARCHAR(255) NOT NULL DEFAULT '',
  csrf_token     CHAR(64)     NOT NULL,
  created_at     DATETIME(3)  NOT NULL,
  last_seen_at   DATETIME(3)  NOT NULL,
  expires_at     DATETIME(3)  NOT NULL,                   -- absolute timeout
  KEY sessions_citizen (citizen_id),
  KEY sessions_expiry (expires_at),
  CONSTRAINT fk_sessions_citizen FOREIGN KEY (citizen_id) REFERENCES citizens(id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- AuthnRequests we issued and not yet answered. Bound to the browser that
-- started the login by the hash of a cookie; consumed once.
CREATE TABLE saml_requests (
  id             VARCHAR(64)  NOT NULL PRIMARY KEY,       -- AuthnRequest ID
  relay_state    CHAR(43)     NOT NULL UNIQUE,            -- opaque token, never a URL
  browser_hash   CHAR(64)     NOT NULL,                   -- hex SHA-256 of the login cookie
  federation     ENUM('spid','cie') NOT NULL,
  idp_entity_id  VARCHAR(1024) NOT NULL,
  level          TINYINT UNSIGNED NOT NULL,
  comparison     ENUM('exact','minimum','better','maximum') NOT NULL,
  next_path      VARCHAR(512) NOT NULL,
  issue_instant  DATETIME(3)  NOT NULL,
  expires_at     DATETIME(3)  NOT NULL,
  consumed_at    DATETIME(3)  NULL,
  KEY saml_requests_expiry (expires_at)
) ENGINE=InnoDB;

-- Assertion IDs seen, until they expire: a replayed assertion is refused.
CREATE TABLE saml_assertions (
  assertion_id   VARCHAR(128) NOT NULL PRIMARY KEY,
  idp_entity_id  VARCHAR(1024) NOT NULL,
  expires_at     DATETIME(3)  NOT NULL,
  KEY saml_assertions_expiry (expires_at)
) ENGINE=InnoDB;

-- The register of authentications (SPID rules, "log"): every request and
-- response with IDs, instants, issuer and subject, and every refusal with its
-- reason. Kept 24 months (event below).
CREATE TABLE auth_log (
  id               BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at               DATETIME(3)  NOT NULL,
  event            ENUM('request','login','refused','idp-error','logout') NOT NULL,
  federation       ENUM('spid','cie') NULL,
  idp_entity_id    VARCHAR(1024) NULL,
  request_id       VARCHAR(64)  NULL,
  request_instant  VARCHAR(40)  NULL,
  response_id      VARCHAR(128) NULL,
  response_instant VARCHAR(40)  NULL,
  response_issuer  VARCHAR(1024) NULL,
  assertion_id     VARCHAR(128) NULL,
  subject          VARCHAR(255) NULL,                     -- NameID
  subject_qualifier VARCHAR(1024) NULL,
  level            TINYINT UNSIGNED NULL,
  fiscal_code      CHAR(16)     NULL,
  reason           VARCHAR(255) NULL,                     -- refusal code and detail
  remote_addr      VARCHAR(45)  NULL,
  KEY auth_log_at (at),
  KEY auth_log_request (request_id),
  KEY auth_log_fiscal (fiscal_code)
) ENGINE=InnoDB;

CREATE EVENT auth_log_retention ON SCHEDULE EVERY 1 DAY DO
  DELETE FROM auth_log WHERE at < NOW() - INTERVAL 24 MONTH;
CREATE EVENT saml_requests_cleanup ON SCHEDULE EVERY 1 HOUR DO
  DELETE FROM saml_requests WHERE expires_at < NOW() - INTERVAL 1 DAY;
CREATE EVENT saml_assertions_cleanup ON SCHEDULE EVERY 1 HOUR DO
  DELETE FROM saml_assertions WHERE expires_at < NOW();
CREATE EVENT sessions_cleanup ON SCHEDULE EVERY 1 HOUR DO
  DELETE FROM sessions WHERE expires_at < NOW();
