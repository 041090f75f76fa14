from tests.ui.case_fixtures import message_boxes, site, three_incidents

__all__ = ["message_boxes", "site", "three_incidents"]
