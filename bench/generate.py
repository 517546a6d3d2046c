#!/usr/bin/env python3
"""Makes a synthetic directory: through the real write API over HTTP, as editors would, or as a
data set in the shipped data set's format, which the service's data-set loader reads at its first
start (the code path that loads the shipped data; `DIRECTORY_SEED_LOCATION=DIR`).

    bench/generate.py BASE_URL USERNAME PASSWORD [INITIATIVES]
    bench/generate.py --data-set DIR [INITIATIVES]

Signs in with the form (session cookie and CSRF token), drafts ten editions, adds INITIATIVES
(default 10,000) draft initiatives to them with realistic text (sections, links, areas, lead and
partner organisations, printed matrix ticks), adds contacts, then publishes each edition, which
publishes its initiatives. Every record goes through the same validation, transactions and
snapshot rebuilds as an editor's. Deterministic (seeded), so runs are comparable.
"""
import json
import random
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from http.cookiejar import CookieJar

DATA_SET = sys.argv[2] if sys.argv[1] == "--data-set" else None
if DATA_SET:
    BASE = USER = PASSWORD = None
    COUNT = int(sys.argv[3]) if len(sys.argv) > 3 else 10_000
else:
    BASE, USER, PASSWORD = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]
    COUNT = int(sys.argv[4]) if len(sys.argv) > 4 else 10_000
# at most 250 initiatives an edition: the data-set loader reads files of up to 3 Mi characters (SnakeYAML's limit)
EDITIONS = max(10, -(-COUNT // 250))
THREADS = 16
rng = random.Random(9)

WORDS = ("family court hearing child children social care practice local authority assessment support parents "
         "case management judge cafcass proceedings timely decision evidence partnership multi agency workers "
         "domestic abuse early help kinship placement review panel outcome delay driver pilot trailblazer "
         "guardian expert report plan welfare safeguarding pre proceedings meeting letter advocacy mediation "
         "training tool template feedback learning improvement data performance weeks reduced quality").split()
ORGS = [f"{rng.choice(['North', 'South', 'East', 'West', 'Central', 'Greater'])} {rng.choice(WORDS).title()} "
        f"{rng.choice(['Council', 'Trust', 'Partnership', 'Service', 'Network', 'Foundation'])} {n}" for n in range(400)]

jar = CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
csrf = None
lock = threading.Lock()


def call(method, path, body=None, content_type="application/json", if_match=None, expect=(200, 201, 204)):
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    req = urllib.request.Request(BASE + path, data=data, method=method)
    req.add_header("Accept", "application/json")
    if data is not None:
        req.add_header("Content-Type", content_type)
    if csrf:
        req.add_header("X-CSRF-Token", csrf)
    if if_match:
        req.add_header("If-Match", if_match)
    try:
        with opener.open(req, timeout=120) as r:
            raw = r.read()
            return r.status, r.headers.get("ETag"), json.loads(raw) if raw else None
    except urllib.error.HTTPError as e:
        if e.code in expect:
            return e.code, e.headers.get("ETag"), None
        raise SystemExit(f"{method} {path}: {e.code} {e.read()[:500]!r}")


def sentence(n):
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def paragraph():
    return " ".join(sentence(rng.randint(8, 22)) for _ in range(rng.randint(2, 5)))


def edition_fields(n):
    return {"slug": f"synthetic-edition-{n + 1}", "title": "Synthetic Good Practice Guide", "series": "Synthetic series",
            "label": f"Synthetic {n + 1}", "publicationDate": f"{2025 + n // 12}-{n % 12 + 1:02d}", "publisher": "Bench"}


def plan(areas, drivers, editions):
    """The same directory whichever way it is loaded (seeded random numbers, drawn in one order)."""
    plans = []
    for k in range(COUNT):
        plans.append({
            "slug": f"synthetic-initiative-{k + 1}",
            "title": sentence(rng.randint(3, 8))[:-1] + f" {k + 1}",
            "summary": sentence(rng.randint(15, 35)),
            "lead": rng.choice(ORGS),
            "partners": rng.sample(ORGS, rng.randint(0, 3)),
            "areas": rng.sample(areas, rng.randint(1, 2)),
            "edition": editions[k % EDITIONS],
            "sections": [{"heading": sentence(rng.randint(2, 5))[:-1] + "?",
                          "blocks": [{"paragraph": paragraph()} for _ in range(rng.randint(1, 3))]
                          + ([{"list": {"ordered": False, "items": [{"text": sentence(rng.randint(4, 10))} for _ in range(3)]}}]
                             if rng.random() < 0.3 else [])}
                         for _ in range(rng.randint(2, 5))],
            "location": f"Page {rng.randint(1, 300)}",
            "links": [{"title": sentence(3)[:-1], "url": f"https://example.org/{k}/{j}"} for j in range(rng.randint(0, 3))],
            "drivers": rng.sample(drivers, rng.randint(1, 3)),
        })
    contacts = [{"slug": f"synthetic-contact-{k + 1}", "name": f"{rng.choice(WORDS).title()} {rng.choice(WORDS).title()}",
                 "role": sentence(4)[:-1], "organisation": rng.choice(ORGS), "email": f"contact{k + 1}@example.org",
                 "phone": f"0161 {k:03d} {k % 10000:04d}", "edition": editions[k % EDITIONS], "areas": rng.sample(areas, 1),
                 "initiatives": [plans[(k * 7) % COUNT]["slug"]]} for k in range(max(COUNT // 10, 1))]
    return plans, contacts


def write_data_set(out):
    """The shipped data set's format: its manifest, drivers and areas, and ten synthetic editions."""
    import os
    import re
    import shutil
    shipped = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "main", "resources", "data")
    os.makedirs(os.path.join(out, "editions"), exist_ok=True)
    for name in ("delay-drivers.yaml", "areas.yaml"):
        shutil.copy(os.path.join(shipped, name), os.path.join(out, name))
    areas = re.findall(r"slug: ([a-z0-9-]+)", open(os.path.join(shipped, "areas.yaml")).read())
    drivers = re.findall(r"^  - slug: ([a-z0-9-]+)", open(os.path.join(shipped, "delay-drivers.yaml")).read(), re.M)
    editions = [edition_fields(n)["slug"] for n in range(EDITIONS)]
    plans, contacts = plan(areas, drivers, editions)
    contacts_of = {}
    for c in contacts:
        contacts_of.setdefault(c["initiatives"][0], []).append(
            {k: c[k] for k in ("slug", "name", "role", "organisation", "email", "phone", "areas")})
    files = []
    for n, slug in enumerate(editions):
        initiatives = [{"slug": p["slug"], "title": p["title"], "matrixTitle": p["title"][:60], "summary": p["summary"],
                        "leadOrganisation": p["lead"], "partners": p["partners"], "areas": p["areas"],
                        "citation": p["location"], "sections": p["sections"], "links": p["links"],
                        "contacts": contacts_of.get(p["slug"], []), "drivers": p["drivers"]}
                       for p in plans if p["edition"] == slug]
        name = f"editions/{slug}.yaml"
        with open(os.path.join(out, name), "w") as f:
            json.dump({"edition": edition_fields(n), "initiatives": initiatives}, f)  # JSON is YAML
        files.append(name)
    with open(os.path.join(out, "manifest.yaml"), "w") as f:
        json.dump({"drivers": "delay-drivers.yaml", "areas": "areas.yaml", "editions": files}, f)
    print(f"wrote {COUNT} initiatives in {EDITIONS} editions to {out}", file=sys.stderr)


def main():
    global csrf
    form = urllib.parse.urlencode({"j_username": USER, "j_password": PASSWORD}).encode()
    call("POST", "/j_security_check", form, "application/x-www-form-urlencoded")
    csrf = call("GET", "/api/v1/me")[2]["csrfToken"]
    areas = [a["slug"] for a in call("GET", "/api/v1/areas?pageSize=100")[2]["results"]]
    drivers = [d["slug"] for d in call("GET", "/api/v1/delay-drivers")[2]["results"]]
    editions = []
    for n in range(EDITIONS):
        call("POST", "/api/v1/editions", edition_fields(n), expect=(201, 409))
        editions.append(edition_fields(n)["slug"])
    plans, contacts = plan(areas, drivers, editions)

    def create(p):
        _, etag, _ = call("POST", "/api/v1/initiatives", {"slug": p["slug"], "title": p["title"], "summary": p["summary"],
                                                          "leadOrganisation": p["lead"], "areas": p["areas"], "edition": p["edition"]},
                          expect=(201,))
        patch = {"partners": p["partners"],
                 "appearances": [{"edition": p["edition"], "title": p["title"], "matrixTitle": p["title"][:60], "summary": p["summary"],
                                  "location": p["location"], "sections": p["sections"], "links": p["links"],
                                  "figures": [], "references": []}],
                 "drivers": [{"driver": d, "edition": p["edition"], "provenance": "PRINTED_MATRIX"} for d in p["drivers"]]}
        call("PATCH", "/api/v1/initiatives/" + p["slug"], patch, "application/merge-patch+json", etag)

    done = 0
    with ThreadPoolExecutor(THREADS) as pool:
        for _ in pool.map(create, plans):
            done += 1
            if done % 1000 == 0:
                print(f"  {done} initiatives", file=sys.stderr, flush=True)

    with ThreadPoolExecutor(THREADS) as pool:
        list(pool.map(lambda c: call("POST", "/api/v1/area-contacts", c, expect=(201,)), contacts))

    for slug in editions:
        _, etag, _ = call("GET", f"/api/v1/editions/{slug}/editable")
        call("POST", f"/api/v1/editions/{slug}/publish", None, if_match=etag)
    print(f"loaded {COUNT} initiatives in {EDITIONS} editions", file=sys.stderr)


if DATA_SET:
    write_data_set(DATA_SET)
else:
    main()
