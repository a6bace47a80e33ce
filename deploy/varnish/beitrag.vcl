# beitrag's edge cache for Varnish 7.1 with varnish-modules (Debian: apt-get install varnish varnish-modules).
# Caches anonymous GET and HEAD answers by their Cache-Control, keyed on what the API varies on, and drops them
# by Surrogate-Key when the API's purger sends PURGE with an xkey-softpurge header. `beitrag edge` starts
# varnishd with this file, rewriting the origin and the purgers ACL from its options; edit them by hand otherwise.
vcl 4.1;

import std;
import var;
import xkey;

# The beitrag API. `beitrag edge --origin http://host:port` replaces host and port.
backend origin {
    .host = "127.0.0.1";
    .port = "3000";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
}

# Who may purge: the hosts the API's purger runs on. `beitrag edge --purger <address>` replaces the list.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        # The change log's position the purge covers: an answer the origin read before it is not stored (see
        # vcl_backend_response), so a fetch that straddles the write and its purge cannot bring the old version back.
        if (std.integer(req.http.x-change-seq, 0) > std.integer(var.global_get("purged-seq"), 0)) {
            var.global_set("purged-seq", req.http.x-change-seq);
        }
        # Soft purge: the object stops being served at once but is kept for a conditional refresh (a 304 from
        # the origin costs it one version lookup).
        if (req.http.xkey-softpurge) {
            set req.http.x-beitrag-purged = xkey.softpurge(req.http.xkey-softpurge);
        } elsif (req.http.xkey-purge) {
            set req.http.x-beitrag-purged = xkey.purge(req.http.xkey-purge);
        } else {
            return (synth(400, "Name the surrogate keys in an xkey-softpurge or xkey-purge header"));
        }
        return (synth(200, "Purged " + req.http.x-beitrag-purged));
    }

    # Set only by vcl_hit below, on a restart; a client cannot ask for it.
    if (req.restarts == 0) {
        unset req.http.x-beitrag-refresh;
    }
    if (req.http.x-beitrag-refresh) {
        # A soft-purged object must not be served again: no grace, so this request waits for the new version
        # (with every other request for it: one origin fetch).
        set req.grace = 0s;
    }

    call vcl_req_host;
    call vcl_req_method;
    # Keys see previews and drafts, and their answers are private: never from or into the cache.
    call vcl_req_authorization;
    # The API reads no cookies; a browser's cookies for the domain must not make every answer uncacheable.
    unset req.http.Cookie;

    # Tracking and cache-busting parameters (utm_*, fbclid, gclid, _ …) say where a reader came from, never what
    # to answer: the API ignores them on reads (TRACKING_PARAMS in src/lib/query-params.ts, the same list), so
    # here they must not make a new cache object for every shared link either.
    if (req.url ~ "[?&]") {
        set req.url = regsuball(req.url, "(?i)([?&])(?:(?:utm|pk|mtm|matomo|piwik)_[^=&]*|_|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|ttclid|li_fat_id|igshid|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|rb_clickid|s_cid|vero_id|wickedid|at_medium|at_campaign|ref_src|ref_url|cb|cachebuster|nocache)(?:=[^&]*)?(?=&|$)", "\1");
        set req.url = regsuball(req.url, "&{2,}", "&");
        set req.url = regsub(req.url, "\?&+", "?");
        set req.url = regsub(req.url, "[?&]+$", "");
    }
    # The same parameters in another order name the same resource (?profile=kids&limit=5).
    set req.url = std.querysort(req.url);

    # Accept: the API offers application/json, application/ninjs+json (version=3.1 or 2.2) and
    # application/ld+json. Whatever a browser or client sends that can only mean JSON is stored as one variant;
    # a header naming a partner format, or refusing a type with q=0, is kept as sent (without spaces).
    if (!req.http.Accept) {
        set req.http.Accept = "application/json";
    } else {
        set req.http.Accept = std.tolower(regsuball(req.http.Accept, "\s+", ""));
        if (req.http.Accept !~ "ninjs|ld\+json|;q=0(\.0*)?(,|;|$)" &&
            req.http.Accept ~ "(^|,)(application/json|application/\*|\*/\*)(;|,|$)") {
            set req.http.Accept = "application/json";
        }
    }
    # The viewer's country, as the API reads it (trimmed, upper case). Set it here from a trusted source
    # (a geo-IP lookup, the CDN in front); as it stands, a client's own header is believed.
    if (req.http.X-Country-Code) {
        set req.http.X-Country-Code = std.toupper(regsuball(req.http.X-Country-Code, "\s+", ""));
    }
    return (hash);
}

# The URL alone names a resource: the kids profile is a query parameter; Accept, Accept-Encoding, the country
# and the age-check token are told apart by the Vary header the API sends where they matter. Host is left out,
# so one object serves every name the edge is reached by.
sub vcl_hash {
    hash_data(req.url);
    return (lookup);
}

sub vcl_hit {
    # A soft purge ends an object's time to live early: obj.ttl + obj.age (its lifetime as set now) falls below
    # the lifetime it was stored with. Such an object is stale content, not merely old: restart without grace.
    if (obj.ttl <= 0s && req.restarts == 0 && obj.http.x-beitrag-lifetime &&
        obj.ttl + obj.age < std.duration(obj.http.x-beitrag-lifetime + "s", 0s) - 0.01s) {
        set req.http.x-beitrag-refresh = "1";
        return (restart);
    }
    # Otherwise an expired object within its grace (stale-while-revalidate) is served while it is refreshed.
}

sub vcl_backend_response {
    # Surrogate-Key names the keys an answer depends on; xkey indexes the xkey header.
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    }
    if (bereq.uncacheable) {
        return (deliver);
    }
    # X-Change-Seq: where the change log stood when the origin read this answer. Older than a change this node
    # has purged, it may show the state before that change: it goes to the request that asked, and is not kept.
    if (beresp.http.x-change-seq &&
        std.integer(beresp.http.x-change-seq, 0) < std.integer(var.global_get("purged-seq"), 0)) {
        set beresp.ttl = 0s;
        set beresp.grace = 0s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # Errors, private answers (an age-check token was used) and no-store are not kept (built-in: hit-for-miss).
    if (beresp.status >= 400) {
        call vcl_beresp_hitmiss;
    }
    call vcl_builtin_backend_response;
    # Grace comes from stale-while-revalidate. Keep: a soft-purged object stays a day for conditional refreshes.
    set beresp.keep = 24h;
    # The lifetime as stored, so vcl_hit can tell a soft purge from the end of a normal life.
    set beresp.http.x-beitrag-lifetime = beresp.ttl + beresp.age;
    # A rate limit's counters belong to the one request that fetched the object, not to every reader after it.
    unset beresp.http.RateLimit-Limit;
    unset beresp.http.RateLimit-Remaining;
    unset beresp.http.RateLimit-Reset;
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.xkey;
    unset resp.http.x-beitrag-lifetime;
    unset resp.http.x-change-seq;
    # HIT: answered from the cache (Age says for how long it has been there); MISS: fetched from the origin.
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    set resp.http.X-Cache-Hits = obj.hits;
}

sub vcl_synth {
    if (req.method == "PURGE") {
        set resp.http.Content-Type = "text/plain; charset=utf-8";
        set resp.body = resp.reason + {"
"};
        return (deliver);
    }
}
