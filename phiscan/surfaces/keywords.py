"""The JSON Schema keywords the schema walk knows, by what their values hold, and the values that are vocabulary.

A known keyword's name is never read: it is the schema language, not data.  Its value is read as its entry
here says; every other key of a schema object (an `x-` extension, an editor's annotation, a typo, a property
put one level too high) is read as a key, and its value as text.  docs/schema-text.md lists the places.
"""

from __future__ import annotations

from phiscan.types import Role

# keyword -> a map from a name to a subschema, and the role of the names (keys of the cached schema)
SCHEMA_MAPS = {
    "properties": Role.PROPERTY_NAME,
    "patternProperties": Role.PATTERN_PROPERTY,
    "$defs": Role.PROPERTY_NAME,
    "definitions": Role.PROPERTY_NAME,
    "dependentSchemas": Role.PROPERTY_NAME,
    "dependencies": Role.PROPERTY_NAME,  # a property name -> a subschema, or a list of property names
}
# keywords whose value is a subschema, a list of subschemas, or a boolean
SUBSCHEMAS = (
    "additionalProperties",
    "additionalItems",
    "contains",
    "not",
    "if",
    "then",
    "else",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contentSchema",
    "items",
    "allOf",
    "anyOf",
    "oneOf",
    "prefixItems",
)
# annotations whose value is one string in this role (any other shape is read as metadata)
TEXT_ROLES = {"title": Role.TITLE, "description": Role.DESCRIPTION, "pattern": Role.PATTERN}
# keywords whose whole value is read in this role: every string and number in it, and every key of an object in it
VALUE_ROLES = {
    "const": Role.CONST,
    "default": Role.DEFAULT,
    "examples": Role.EXAMPLES,
    "example": Role.EXAMPLES,
    "enum": Role.ENUM,
    "$comment": Role.METADATA,
    # identifiers and references: free text chosen by the schema's author (a local `$ref` is not resolved here)
    **dict.fromkeys(
        ("$schema", "$id", "id", "$anchor", "$dynamicAnchor", "$ref", "$dynamicRef", "$recursiveRef"), Role.METADATA
    ),
    # property names listed as values (`/required/3`): a key role would point at the index, not the name
    **dict.fromkeys(("required", "propertyOrdering", "dependentRequired"), Role.METADATA),
    **dict.fromkeys(("type", "format", "contentMediaType", "contentEncoding", "$vocabulary"), Role.METADATA),
    "x-phiscan-ignore": Role.METADATA,  # phiscan's own inline ignore (phiscan.policy.suppress): its name is ours
}
# references: a local one (`#/definitions/X`) only repeats keys of the document, which are read where they
# are defined; read as text it is a secret detector's false alarm (`progressToken: "#/definitions/…"`)
REFERENCES = frozenset({"$ref", "$dynamicRef", "$recursiveRef"})
# keywords holding an object of named fields: the field names are keywords, their values are read in this role
FIELDS = {
    "discriminator": {"propertyName": Role.METADATA, "mapping": Role.METADATA},  # mapping: value -> schema ref
    "xml": dict.fromkeys(("name", "namespace", "prefix", "attribute", "wrapped"), Role.METADATA),
    "externalDocs": {"url": Role.METADATA, "description": Role.DESCRIPTION},
}
# keywords whose value is a number or a boolean (a bound, a switch): read only when it is something else
SCALARS = frozenset(
    {
        "multipleOf",
        "divisibleBy",
        "maximum",
        "exclusiveMaximum",
        "minimum",
        "exclusiveMinimum",
        "maxLength",
        "minLength",
        "maxItems",
        "minItems",
        "uniqueItems",
        "maxContains",
        "minContains",
        "maxProperties",
        "minProperties",
        "readOnly",
        "writeOnly",
        "deprecated",
        "nullable",
        "$recursiveAnchor",
    }
)
KNOWN = frozenset({*SCHEMA_MAPS, *SUBSCHEMAS, *TEXT_ROLES, *VALUE_ROLES, *FIELDS, *SCALARS})
# an object under an unknown keyword holding one of these is walked as a subschema
SCHEMA_HINTS = frozenset(
    {
        "type",
        "properties",
        "description",
        "title",
        "enum",
        "const",
        "pattern",
        "items",
        "allOf",
        "anyOf",
        "oneOf",
        "$ref",
    }
)

# Vocabulary: words the specifications define, compared in lower case.  A value that is exactly one of them was
# picked from a fixed list, not written by the schema's author, so it names no one and is skipped; anything else
# under these keywords (`"format": "078-05-1121"`, `"type": "maria"`) is read.
_TYPES = frozenset({"string", "number", "integer", "boolean", "object", "array", "null", "any", "file"})
_GEMINI_TYPES = frozenset({"type_unspecified"})  # Gemini spells the JSON types in capitals, plus this one
_FORMATS = frozenset(
    {
        # JSON Schema (2020-12 and drafts 3-7)
        *("date-time", "date", "time", "duration", "email", "idn-email", "hostname", "idn-hostname", "host-name"),
        *("ipv4", "ipv6", "ip-address", "uri", "uri-reference", "iri", "iri-reference", "uuid", "uri-template"),
        *("json-pointer", "relative-json-pointer", "regex", "color", "style", "phone", "utc-millisec"),
        # OpenAPI and its format registry, and Gemini's `enum` for strings
        *("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "double-int", "float", "double"),
        *("decimal", "decimal128", "byte", "binary", "base64url", "char", "password", "date-time-local"),
        *("time-local", "commonmark", "html", "media-range", "http-date", "enum"),
    }
)
_ENCODINGS = frozenset({"7bit", "8bit", "binary", "quoted-printable", "base16", "base32", "base64"})  # RFC 2045, 4648
_MEDIA_TYPES = frozenset(
    {
        *("application/json", "application/xml", "application/octet-stream", "application/pdf", "application/zip"),
        *("application/x-www-form-urlencoded", "application/yaml", "application/ld+json", "application/geo+json"),
        *("application/schema+json", "application/problem+json", "application/jwt", "multipart/form-data"),
        *("text/plain", "text/html", "text/csv", "text/markdown", "text/xml", "image/png", "image/jpeg"),
        *("image/gif", "image/webp", "image/svg+xml", "audio/mpeg", "audio/wav", "video/mp4"),
    }
)
VOCABULARY = {
    "type": _TYPES | _GEMINI_TYPES,
    "format": _FORMATS,
    "contentEncoding": _ENCODINGS,
    "contentMediaType": _MEDIA_TYPES,
}
