"""(Placeholder: registers nothing yet.)"""
