-- 050_page_ratings.sql - "Quanto sono chiare le informazioni su questa
-- pagina?": the clarity rating of the Modello Comuni (C.SI.2.5, 2.6) on every
-- public page. A rating holds no personal data: the page, 1-5 stars, the
-- follow-up answer and a short free text. Abuse is bounded per client and
-- hour in rating_limits, keyed by a hash of the address salted with a salt
-- of the day (rating_salts); both are kept one day.
CREATE TABLE page_ratings (
	id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	page VARCHAR(255) NOT NULL,
	rating TINYINT UNSIGNED NOT NULL,
	answer VARCHAR(80) NULL,
	comment VARCHAR(200) NULL,
	created_at DATETIME(3) NOT NULL,
	CONSTRAINT page_ratings_rating CHECK (rating BETWEEN 1 AND 5),
	KEY page_ratings_page (page, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE rating_salts (
	day DATE NOT NULL PRIMARY KEY,
	salt BINARY(32) NOT NULL
) ENGINE=InnoDB;

CREATE TABLE rating_limits (
	client_key CHAR(64) NOT NULL,
	hour DATETIME NOT NULL,
	n INT UNSIGNED NOT NULL,
	PRIMARY KEY (client_key, hour)
) ENGINE=InnoDB;

CREATE EVENT rating_limits_cleanup ON SCHEDULE EVERY 1 HOUR DO
	DELETE FROM rating_limits WHERE hour < NOW() - INTERVAL 1 DAY;
CREATE EVENT rating_salts_cleanup ON SCHEDULE EVERY 1 HOUR DO
	DELETE FROM rating_salts WHERE day < CURDATE() - INTERVAL 1 DAY;
