#!/usr/bin/env python3
"""Generate the demo commune's address register.

The demo commune uses the real quartiers of Luxembourg City (see demo/README.md for
the ODbL attribution); the addresses are invented: each quartier gets a few streets
whose house numbers sit at random points inside its polygon. The seed is fixed so the
committed CSV is reproducible:

    python3 scripts/generate-demo-addresses.py > crates/server/demo/luxembourg-city-addresses.csv
"""
import csv
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
QUARTIERS = HERE / "crates/server/demo/luxembourg-city-quartiers.geojson"

STREETS = [
    "Rue des Jardins", "Rue des Prés", "Rue de la Forêt", "Rue des Tilleuls", "Rue des Roses",
    "Rue du Moulin", "Rue de l'École", "Rue de l'Église", "Rue des Champs", "Rue du Parc",
    "Rue des Vergers", "Rue de la Fontaine", "Rue des Lilas", "Rue des Acacias", "Rue du Marché",
    "Rue des Hêtres", "Rue des Bouleaux", "Rue des Chênes", "Rue des Érables", "Rue des Saules",
    "Rue de la Source", "Rue du Château", "Rue de la Montagne", "Rue de la Vallée", "Rue du Verger",
    "Rue des Peupliers", "Rue des Sapins", "Rue des Violettes", "Rue des Mimosas", "Rue des Glycines",
    "Avenue de la Liberté", "Avenue des Bains", "Avenue du Bois", "Avenue de la Paix", "Avenue Victor Hugo",
    "Boulevard de la Pétrusse", "Boulevard du Prince", "Boulevard des Arts", "Allée des Poètes", "Allée des Artistes",
    "Rue Michel Rodange", "Rue Dicks", "Rue Lentz", "Rue Batty Weber", "Rue Nicolas Welter",
    "Rue Jean l'Aveugle", "Rue de la Poste", "Rue du Cimetière", "Rue de la Gare Haute", "Rue du Pont",
    "Rue de la Semois", "Rue de l'Alzette", "Rue de la Moselle", "Rue de la Sûre", "Rue de l'Our",
    "Rue des Artisans", "Rue des Tanneurs", "Rue des Vignerons", "Rue des Jardiniers", "Rue des Bateliers",
    "Rue du Kiem", "Rue du Fort", "Rue des Remparts", "Rue de la Tour", "Rue du Plateau",
    "Rue des Mérovingiens", "Rue des Celtes", "Rue des Romains", "Rue des Franques", "Rue des Trévires",
    "Rue du Soleil", "Rue de la Lune", "Rue des Étoiles", "Rue de l'Aurore", "Rue du Crépuscule",
    "Rue de la Colline", "Rue du Ravin", "Rue des Rochers", "Rue des Carrières", "Rue des Sources",
    "Rue de l'Avenir", "Rue de la Concorde", "Rue de l'Harmonie", "Rue de la Fraternité", "Rue de l'Espérance",
    "Rue du Bocage", "Rue des Haies", "Rue des Genêts", "Rue des Bruyères", "Rue des Fougères",
    "Rue des Pommiers", "Rue des Poiriers", "Rue des Cerisiers", "Rue des Noyers", "Rue des Pruniers",
    "Rue des Muguets", "Rue des Pensées", "Rue des Iris", "Rue des Tulipes", "Rue des Jonquilles",
    "Rue Auguste Liesch", "Rue Émile Mayrisch", "Rue Marie-Adélaïde", "Rue Charlotte", "Rue Joséphine",
    "Rue Pierre Frieden", "Rue Jos Keup", "Rue Edmond Reiffers", "Rue Tony Neuman", "Rue Léon Thyes",
    "Rue Anne Beffort", "Rue Marguerite Thomas", "Rue Aline Mayrisch", "Rue Lily Unden", "Rue Marie Speyer",
    "Rue Paul Eyschen", "Rue Jean Origer", "Rue Fernand Mertens", "Rue Henri Heine", "Rue Goethe",
]
STREETS_PER_QUARTIER = 5
ADDRESSES_PER_STREET = 26


def inside(x, y, ring):
    """Even-odd ray casting; good enough to scatter demo points."""
    hit = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i][0], ring[i][1]
        xj, yj = ring[j][0], ring[j][1]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            hit = not hit
        j = i
    return hit


def main():
    rng = random.Random(20261128)
    collection = json.loads(QUARTIERS.read_text(encoding="utf-8"))
    streets = STREETS[:]
    rng.shuffle(streets)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["street", "number", "postcode", "locality", "lat", "lon"])
    features = sorted(collection["features"], key=lambda f: int(f["properties"]["id"]))
    for q, feature in enumerate(features):
        ring = feature["geometry"]["coordinates"][0]
        xs = [p[0] for p in ring]
        ys = [p[1] for p in ring]
        postcode = 1009 + q * 41
        for s in range(STREETS_PER_QUARTIER):
            street = streets[q * STREETS_PER_QUARTIER + s]
            number = 1
            while number <= ADDRESSES_PER_STREET:
                x = rng.uniform(min(xs), max(xs))
                y = rng.uniform(min(ys), max(ys))
                if not inside(x, y, ring):
                    continue
                out.writerow([street, str(number), str(postcode + s), "Luxembourg", f"{y:.6f}", f"{x:.6f}"])
                number += 1


if __name__ == "__main__":
    main()
