/* home.c - GET /: search box, the news in evidence, topics, most requested
 * services, a few FAQ. */
#include "pages.h"

#include "core/req.h"
#include "core/view.h"
#include "store/catalogue_store.h"
#include "store/news_store.h"

int page_home_show(struct req *r)
{
	struct db_rows topics, popular, faqs, news;
	if (news_featured(r->db, r->a, 3, &news) < 0 || catalogue_topics(r->db, r->a, &topics) < 0 ||
	    catalogue_popular_services(r->db, r->a, 6, &popular) < 0 ||
	    catalogue_faq_sample(r->db, r->a, 5, &faqs) < 0)
		return 503;
	view_page(r, "home", "Home", "/");
	req_set(r, "Page.Css", "novita.css");   /* the news cards */
	req_set(r, "Page.Description", "Il portale dei servizi ai cittadini e alle imprese.");
	page_novita_cards(r, "Home.News", &news);
	view_rows(r, "Home.Topics", &topics);
	view_rows(r, "Home.Popular", &popular);
	view_rows(r, "Home.Faqs", &faqs);
	r->tpl = "home.cs";
	return 200;
}
