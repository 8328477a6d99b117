## Un evento spostato, detto anche a chi aveva risposto Non posso venire
event-notice-moved-no =
    📅 <b>L'evento è stato spostato</b> (prima era { $was }):

    { $card }

    Avevi detto che non potevi venire: ora è { $when }. Ti va bene? Tocca Vengo.
