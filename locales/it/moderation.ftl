help-heading-group = 👮 Nel gruppo
