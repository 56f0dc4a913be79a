"""The search engine: the only package that imports Whoosh. See README "The engine" for what each module owns."""
