"""Git as an input: the schema files a change touched (`diff`) and every version a repository ever held
(`history`).  Git is run as a subprocess (`git` on PATH, no Python binding); nothing here writes to the
repository."""
