"""HSDS 3 (Open Referral) import and export of the directory.

`importer.hsds_import` and `exporter.hsds_export` are the entry points (the `import_hsds` and
`export_hsds` commands call them); `validate` reads and checks datasets, `spec` describes the
HSDS tables from the schemas bundled in `schemas/` (CC BY-SA 4.0, see schemas/PROVENANCE.md),
`mapping` says which HSDS property is which Onestop column.
"""
