from tests.ui.case_fixtures import errors, message_boxes, session, site, three_incidents

__all__ = ["errors", "message_boxes", "session", "site", "three_incidents"]
