help-heading-group = 👮 In the group
