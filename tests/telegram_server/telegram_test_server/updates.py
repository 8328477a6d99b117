"""Bot API methods about the bot itself and the updates it polls for."""

from __future__ import annotations

import copy

from .methods import Context, method
from .models import JSON, ApiError

CONFLICT = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)
WEBHOOK_ACTIVE = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
TERMINATED_BY_WEBHOOK = "Conflict: terminated by setWebhook request"

# -- updates, identity --------------------------------------------------------------------------


@method("getMe")
async def get_me(ctx: Context, params: JSON) -> JSON:
    return {
        **ctx.state.bot_user,
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": False,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


@method("logOut")
@method("close")
async def log_out(ctx: Context, params: JSON) -> bool:
    return True


@method("getUpdates")
async def get_updates(ctx: Context, params: JSON) -> list[JSON]:
    state = ctx.state
    if state.webhook is not None:
        raise ApiError(409, WEBHOOK_ACTIVE)
    allowed = params.get("allowed_updates")
    if allowed is not None:
        state.allowed_updates = frozenset(allowed) if allowed else None
    offset = params.get("offset")
    if isinstance(offset, int) and offset != 0:
        state.confirm_updates(offset)
    limit = params.get("limit", 100)
    limit = min(max(limit if isinstance(limit, int) else 100, 1), 100)
    timeout = params.get("timeout", 0)
    timeout = max(timeout if isinstance(timeout, int) else 0, 0)
    state.poll_generation += 1
    generation = state.poll_generation
    state.notify()  # an older long poll now answers 409

    def done() -> bool:
        return (
            bool(state.pending_updates)
            or state.poll_generation != generation
            or state.stopping
            or ctx.closed()
        )

    await state.wait_for(done, float(timeout))
    if state.poll_generation != generation:
        raise ApiError(409, TERMINATED_BY_WEBHOOK if state.webhook else CONFLICT)
    return copy.deepcopy(state.pending_updates[:limit])
