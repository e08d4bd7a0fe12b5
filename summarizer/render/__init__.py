"""Views of the pipeline's results: rich renderables, plain text, JSON.

Rendering never computes: every number shown comes from the data passed in.
"""
