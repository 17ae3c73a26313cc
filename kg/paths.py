"""Where the project's bundled files live."""

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
# The ontology folder ships inside the wheel as kg/ontology (see pyproject); a checkout has it at the top.
ONTOLOGY_DIR = PROJECT_DIR / "ontology" if (PROJECT_DIR / "ontology").is_dir() else PACKAGE_DIR / "ontology"
QUERIES_DIR = ONTOLOGY_DIR / "queries"
DEFAULT_DATA_DIR = Path("data")
DEFAULT_BUILD_DIR = Path("build")
