/* organisation_store.h - read queries on the Comune's organisation for the
 * Amministrazione section: administrative areas, the offices in them, the
 * people (politicians and staff) with their roles and mandates, the organs
 * of government, and the bodies the Comune takes part in (enti). Only what
 * is published; every function returns 0 or -1 (logged) and fills OUT with
 * text cells named after the template fields. IDs are passed as text, as
 * they come out of an earlier row. */
#ifndef STORE_ORGANISATION_STORE_H
#define STORE_ORGANISATION_STORE_H

#include "core/db.h"

/* Aree amministrative: slug, name, summary, offices (count). */
int org_areas(struct db *db, struct arena *a, struct db_rows *out);
/* One area: id, slug, name, summary, description, address, phone, email, updated_at. */
int org_area(struct db *db, struct arena *a, const char *slug, struct db_rows *out);
/* The same of area ID, published or not (the editors' preview). */
int org_area_preview(struct db *db, struct arena *a, long long id, struct db_rows *out);
/* The offices of an area: slug, name, summary, address. */
int org_area_offices(struct db *db, struct arena *a, const char *area_id, struct db_rows *out);
/* The published services of an area's offices: slug, title, summary, status. */
int org_area_services(struct db *db, struct arena *a, const char *area_id, struct db_rows *out);
/* The area an office belongs to (0 or 1 row): slug, name. */
int org_office_area(struct db *db, struct arena *a, const char *office_id, struct db_rows *out);
/* The offices with their area: slug, name, summary, address, area_name. */
int org_offices(struct db *db, struct arena *a, struct db_rows *out);

/* The members in office of an organ ("sindaco", "giunta", "consiglio"):
 * slug, name, title, delegations, summary. */
int org_organ_members(struct db *db, struct arena *a, const char *organ, struct db_rows *out);
/* People of a kind ("politico", "personale"), by family name: slug, name,
 * summary, role (their first role's title, or NULL). */
int org_people(struct db *db, struct arena *a, const char *kind, struct db_rows *out);
/* One person: id, slug, name, kind, summary, biography, competences, email,
 * phone, updated_at. */
int org_person(struct db *db, struct arena *a, const char *slug, struct db_rows *out);
/* The same row of person ID, published or not (the editors' preview). */
int org_person_preview(struct db *db, struct arena *a, long long id, struct db_rows *out);
/* A person's roles, current first: title, organ, delegations, starts, ends
 * (dd/mm/yyyy or NULL), current (1/0), office_slug, office_name, area_slug, area_name. */
int org_person_roles(struct db *db, struct arena *a, const char *person_id, struct db_rows *out);
/* The people with a current role in an office or in an area (NULL for the
 * one not asked): slug, name, title. */
int org_unit_people(struct db *db, struct arena *a, const char *office_id, const char *area_id,
		    struct db_rows *out);

/* Enti e fondazioni: slug, name, kind, summary. */
int org_entities(struct db *db, struct arena *a, struct db_rows *out);
/* One ente: slug, name, kind, summary, description, share, address, website,
 * email, updated_at. */
int org_entity(struct db *db, struct arena *a, const char *slug, struct db_rows *out);
/* The same of ente ID, published or not (the editors' preview). */
int org_entity_preview(struct db *db, struct arena *a, long long id, struct db_rows *out);

#endif
