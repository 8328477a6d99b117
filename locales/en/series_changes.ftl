## A moved event, told also to those who said they can't come
event-notice-moved-no =
    📅 <b>The event has moved</b> (it was { $was }):

    { $card }

    You said you couldn't come: it's now { $when }. Does that suit you? Tap Going.
