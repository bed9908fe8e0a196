/* content.h - the editors' pages: services (every field of the scheda
 * servizio, Markdown with a preview, draft / publish / unpublish, revisions
 * with a diff and a restore), topics, offices and FAQ. */
#ifndef CONTENT_CONTENT_H
#define CONTENT_CONTENT_H

struct req;

int bo_contenuti(struct req *r);           /* GET  /admin/contenuti (newsroom_list.c) */
int bo_servizio_form(struct req *r);       /* GET  /admin/servizi/:id ("nuovo" for a new one) */
int bo_servizio_save(struct req *r);       /* POST /admin/servizi/:id */
int bo_servizio_preview(struct req *r);    /* GET  /admin/servizi/:id/anteprima */
int bo_servizio_revisions(struct req *r);  /* GET  /admin/servizi/:id/revisioni */
int bo_servizio_revision(struct req *r);   /* GET  /admin/servizi/:id/revisioni/:rev */
int bo_servizio_restore(struct req *r);    /* POST /admin/servizi/:id/revisioni/:rev */
int bo_anteprima_testo(struct req *r);    /* POST /admin/anteprima-testo (content_preview.c) */
int bo_argomento_form(struct req *r);      /* GET  /admin/argomenti/:id */
int bo_argomento_save(struct req *r);      /* POST /admin/argomenti/:id */
int bo_ufficio_form(struct req *r);        /* GET  /admin/uffici/:id */
int bo_ufficio_save(struct req *r);        /* POST /admin/uffici/:id */
int bo_faq_form(struct req *r);            /* GET  /admin/faq/:id */
int bo_faq_save(struct req *r);            /* POST /admin/faq/:id */
int bo_notizie(struct req *r);             /* GET  /admin/notizie (newsroom_list.c) */
int bo_notizia_form(struct req *r);        /* GET  /admin/notizie/:id (newsroom.c) */
int bo_notizia_save(struct req *r);        /* POST /admin/notizie/:id */
int bo_notizia_preview(struct req *r);     /* GET  /admin/notizie/:id/anteprima */
int bo_notizia_revisions(struct req *r);   /* GET  /admin/notizie/:id/revisioni */
int bo_notizia_revision(struct req *r);    /* GET  /admin/notizie/:id/revisioni/:rev */
int bo_notizia_restore(struct req *r);     /* POST /admin/notizie/:id/revisioni/:rev */
int bo_eventi(struct req *r);              /* GET  /admin/eventi */
int bo_evento_form(struct req *r);         /* GET  /admin/eventi/:id */
int bo_evento_save(struct req *r);         /* POST /admin/eventi/:id */
int bo_evento_preview(struct req *r);      /* GET  /admin/eventi/:id/anteprima */
int bo_evento_revisions(struct req *r);    /* GET  /admin/eventi/:id/revisioni */
int bo_evento_revision(struct req *r);     /* GET  /admin/eventi/:id/revisioni/:rev */
int bo_evento_restore(struct req *r);      /* POST /admin/eventi/:id/revisioni/:rev */
int bo_luoghi(struct req *r);              /* GET  /admin/luoghi */
int bo_luogo_form(struct req *r);          /* GET  /admin/luoghi/:id */
int bo_luogo_save(struct req *r);          /* POST /admin/luoghi/:id */
int bo_luogo_preview(struct req *r);       /* GET  /admin/luoghi/:id/anteprima */
int bo_luogo_revisions(struct req *r);     /* GET  /admin/luoghi/:id/revisioni */
int bo_luogo_revision(struct req *r);      /* GET  /admin/luoghi/:id/revisioni/:rev */
int bo_luogo_restore(struct req *r);       /* POST /admin/luoghi/:id/revisioni/:rev */
int bo_persone(struct req *r);             /* GET  /admin/persone */
int bo_persona_form(struct req *r);        /* GET  /admin/persone/:id */
int bo_persona_save(struct req *r);        /* POST /admin/persone/:id */
int bo_persona_preview(struct req *r);     /* GET  /admin/persone/:id/anteprima */
int bo_persona_revisions(struct req *r);   /* GET  /admin/persone/:id/revisioni */
int bo_persona_revision(struct req *r);    /* GET  /admin/persone/:id/revisioni/:rev */
int bo_persona_restore(struct req *r);     /* POST /admin/persone/:id/revisioni/:rev */
int bo_documenti(struct req *r);           /* GET  /admin/documenti */
int bo_documento_form(struct req *r);      /* GET  /admin/documenti/:id */
int bo_documento_save(struct req *r);      /* POST /admin/documenti/:id */
int bo_documento_preview(struct req *r);   /* GET  /admin/documenti/:id/anteprima */
int bo_documento_revisions(struct req *r); /* GET  /admin/documenti/:id/revisioni */
int bo_documento_revision(struct req *r);  /* GET  /admin/documenti/:id/revisioni/:rev */
int bo_documento_restore(struct req *r);   /* POST /admin/documenti/:id/revisioni/:rev */
int bo_documento_file_add(struct req *r);  /* POST /admin/documenti/:id/allegati (newsroom_files.c) */
int bo_documento_file(struct req *r);      /* GET  /admin/documenti/:id/allegati/:file */
int bo_documento_file_delete(struct req *r); /* POST /admin/documenti/:id/allegati/:file */
int bo_notizia_file_add(struct req *r);    /* POST /admin/notizie/:id/allegati */
int bo_notizia_file(struct req *r);        /* GET  /admin/notizie/:id/allegati/:file */
int bo_notizia_file_delete(struct req *r); /* POST /admin/notizie/:id/allegati/:file */
int bo_persona_role_add(struct req *r);    /* POST /admin/persone/:id/ruoli (newsroom_roles.c) */
int bo_persona_role_delete(struct req *r); /* POST /admin/persone/:id/ruoli/:role */
/* aree amministrative and enti (newsroom_org.c, newsroom_list.c) */
int bo_aree_amm(struct req *r);            /* GET  /admin/aree-amministrative */
int bo_area_amm_form(struct req *r);       /* GET  /admin/aree-amministrative/:id */
int bo_area_amm_save(struct req *r);       /* POST /admin/aree-amministrative/:id */
int bo_area_amm_preview(struct req *r);    /* GET  /admin/aree-amministrative/:id/anteprima */
int bo_area_amm_revisions(struct req *r);  /* GET  /admin/aree-amministrative/:id/revisioni */
int bo_area_amm_revision(struct req *r);   /* GET  /admin/aree-amministrative/:id/revisioni/:rev */
int bo_area_amm_restore(struct req *r);    /* POST /admin/aree-amministrative/:id/revisioni/:rev */
int bo_enti(struct req *r);                /* GET  /admin/enti */
int bo_ente_form(struct req *r);           /* GET  /admin/enti/:id */
int bo_ente_save(struct req *r);           /* POST /admin/enti/:id */
int bo_ente_preview(struct req *r);        /* GET  /admin/enti/:id/anteprima */
int bo_ente_revisions(struct req *r);      /* GET  /admin/enti/:id/revisioni */
int bo_ente_revision(struct req *r);       /* GET  /admin/enti/:id/revisioni/:rev */
int bo_ente_restore(struct req *r);        /* POST /admin/enti/:id/revisioni/:rev */
int bo_categorie_servizi(struct req *r);   /* GET  /admin/categorie-servizi */
int bo_categoria_servizi_form(struct req *r); /* GET  /admin/categorie-servizi/:id */
int bo_categoria_servizi_save(struct req *r); /* POST /admin/categorie-servizi/:id */
int bo_categoria_servizi_revisions(struct req *r); /* GET  /admin/categorie-servizi/:id/revisioni */
int bo_categoria_servizi_revision(struct req *r); /* GET  .../revisioni/:rev */
int bo_categoria_servizi_restore(struct req *r); /* POST .../revisioni/:rev */
int bo_valutazioni(struct req *r);         /* GET  /admin/valutazioni (valutazioni.c) */

#endif
