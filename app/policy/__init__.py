"""Who may do what. The only module that knows the role rules.

Views declare an access rule with @access(...), load tenant objects through the
loaders below (which answer 404 for what the user may not see, exactly like a
missing row) and ask authorize() before a change (403 when seen but not theirs).
"""
from app.policy.loaders import *  # noqa: F401,F403
from app.policy.proposals import *  # noqa: F401,F403
from app.policy.public import *  # noqa: F401,F403
from app.policy.queries import *  # noqa: F401,F403
from app.policy.records import *  # noqa: F401,F403
from app.policy.translatables import *  # noqa: F401,F403
from app.policy.rules import *  # noqa: F401,F403
