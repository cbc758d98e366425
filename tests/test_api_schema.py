"""Schemathesis fuzzes every operation of the API's own OpenAPI document, as a society's admin with a
read-write token: no answer is a server error, and every answer matches what the document says."""
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (content_type_conformance, not_a_server_error, response_schema_conformance,
                                  status_code_conformance)

from api_helpers import token_for

schema = schemathesis.pytest.from_fixture("api_schema")


@pytest.fixture
def api_schema(app, database):
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)


@pytest.fixture
def api_token(database):
    return token_for("admin.kyrgyzstan@example.org", "write")


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_answers_match_the_document(case, api_token):
    # Uncompressed: the test client hands schemathesis the bytes as sent (a real client decodes gzip).
    case.call_and_validate(headers={"Authorization": f"Bearer {api_token}", "Accept-Encoding": "identity"},
                           checks=[not_a_server_error, status_code_conformance, content_type_conformance,
                                   response_schema_conformance])
