from tests.ui.case_fixtures import message_boxes

__all__ = ["message_boxes"]
