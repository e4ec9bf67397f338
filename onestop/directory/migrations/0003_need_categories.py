from django.db import migrations

from onestop.directory.needs import NEED_CATEGORIES, NEEDS_TAXONOMY_ID, NEEDS_TAXONOMY_NAME, need_term_id


def create(apps, schema_editor):
    Taxonomy = apps.get_model("directory", "Taxonomy")
    TaxonomyTerm = apps.get_model("directory", "TaxonomyTerm")
    taxonomy, _ = Taxonomy.objects.update_or_create(
        hsds_id=NEEDS_TAXONOMY_ID,
        defaults={"name": NEEDS_TAXONOMY_NAME, "description": "Needs of people who come to the One-Stop-Shop."},
    )
    for code, label in NEED_CATEGORIES.items():
        TaxonomyTerm.objects.update_or_create(
            hsds_id=need_term_id(code),
            defaults={"taxonomy": taxonomy, "code": code, "name": str(label), "description": str(label), "language": "en"},
        )


class Migration(migrations.Migration):
    dependencies = [("directory", "0002_service_texts_and_approval")]
    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
